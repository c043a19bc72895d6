import Foundation

/// Files under `Tests/PartnerCentralTests/Fixtures`, copied into the test bundle.
enum Fixtures {
    static func url(_ relativePath: String) -> URL {
        // safe: the Fixtures folder is a declared resource of this test target
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }
}
