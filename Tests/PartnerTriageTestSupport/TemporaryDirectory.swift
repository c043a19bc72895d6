import Foundation

/// A throwaway directory under the system's temporary directory, removed by `cleanUp()`.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    /// Makes `<tmp>/<prefix>-<UUID>`.
    public init(prefix: String = "partner-triage-tests") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func cleanUp() { try? FileManager.default.removeItem(at: url) }

    /// A private HOME, so neither the developer's own AWS files nor their state are ever read or touched: `~/.aws`,
    /// with empty `config` and `credentials` files when `awsFiles`, and an empty `~/.aws/sso/cache` when `ssoCache`.
    public static func home(prefix: String, awsFiles: Bool = true, ssoCache: Bool = false) throws -> TemporaryDirectory
    {
        let home = try TemporaryDirectory(prefix: prefix)
        try FileManager.default.createDirectory(
            at: home.url.appendingPathComponent(ssoCache ? ".aws/sso/cache" : ".aws"), withIntermediateDirectories: true
        )
        if awsFiles {
            try Data().write(to: home.awsConfig)
            try Data().write(to: home.awsCredentials)
        }
        return home
    }

    /// `~/.aws/config` of this directory as a HOME.
    public var awsConfig: URL { url.appendingPathComponent(".aws/config") }
    /// `~/.aws/credentials` of this directory as a HOME.
    public var awsCredentials: URL { url.appendingPathComponent(".aws/credentials") }

    /// `HOME` and the AWS files variables, pointing into this directory.
    public var homeVariables: [String: String] {
        ["HOME": url.path, "AWS_CONFIG_FILE": awsConfig.path, "AWS_SHARED_CREDENTIALS_FILE": awsCredentials.path]
    }
}
