import Foundation
import Testing

/// What the tests take from the machine they run on: the tools on `PATH`, and the variables a tool started with a
/// private environment still needs.
public enum HostTools {
    /// This process's `PATH`, or the system directories when it has none.
    public static var path: String { ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin" }

    /// The full path of the executable `name` in the first directory of `searchPath` (this process's `PATH` unless
    /// given) that has one, or `nil`. Tests that need a missing tool fail with their own message, never skip.
    public static func find(_ name: String, searchPath: String? = nil) -> String? {
        let directories = (searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// What pyenv's shims need to find their Python when the test hides the real HOME: `PYENV_ROOT` (normally under
    /// the real HOME) and `PYENV_VERSION` when it is set.
    public static var pyenvVariables: [String: String] {
        let real = ProcessInfo.processInfo.environment
        var variables = ["PYENV_ROOT": real["PYENV_ROOT"] ?? (real["HOME"].map { "\($0)/.pyenv" } ?? "")]
        if let version = real["PYENV_VERSION"] { variables["PYENV_VERSION"] = version }
        return variables
    }
}

/// Places in the checkout, found from this file's path (Tests/PartnerTriageTestSupport/…).
public enum PackagePaths {
    /// The package root.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `.build/debug/partner-triage`, which `swift build` (and `swift test`) produce; a test target cannot depend on
    /// an executable, so end-to-end tests find it on disk. A missing binary fails the test, saying how to build it.
    public static func builtBinary(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let path = root.appendingPathComponent(".build/debug/partner-triage").path
        try #require(
            FileManager.default.isExecutableFile(atPath: path),
            "The partner-triage binary is missing at \(path): run `swift build` first.",
            sourceLocation: sourceLocation
        )
        return path
    }
}
