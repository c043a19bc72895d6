import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// Runs the AWS CLI and boto3 against a live emulator with the identity routes, in a throwaway HOME.
///
/// The tools are found through `PATH`; when one is missing the test fails with a message saying so (CI installs
/// both), rather than passing silently.
struct IdentityExternalTools {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
        }
    }

    /// Requires a tool; records a clear failure and returns `nil` when it is missing.
    static func require(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if let found = HostTools.find(name) { return found }
        Issue.record(
            "\(name) is not on PATH; install it (CI does: see .ci) to cross-check the emulator's identity routes",
            sourceLocation: sourceLocation
        )
        return nil
    }

    /// A clean environment: PATH (and pyenv's variables, so shims work), a temporary HOME, no AWS settings but `extra`.
    static func environment(home: URL, extra: [String: String]) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment.filter { key, _ in
            key == "PATH" || key.hasPrefix("PYENV") || key == "LANG"
        }
        return inherited.merging(
            [
                "HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent(".aws/config").path,
                "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent(".aws/credentials").path,
                "AWS_EC2_METADATA_DISABLED": "true", "AWS_PAGER": "",
            ].merging(extra) { $1 }
        ) { $1 }
    }

    /// Runs a command to completion (at most 120 s) and returns its output.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) async throws -> Result {
        let result = try await ChildProcess.run(executable, arguments, environment: environment, timeout: .seconds(120))
        return Result(status: result.status ?? SIGTERM, stdout: result.stdout, stderr: result.stderr)
    }

    /// A temporary HOME with an empty `~/.aws` (empty config and credentials files, an empty SSO cache).
    static func temporaryHome() throws -> URL {
        try TemporaryDirectory.home(prefix: "identity-tools", ssoCache: true).url
    }

    /// A live emulator on 127.0.0.1 with the identity routes.
    static func startEmulator(_ configuration: IdentityConfiguration) async throws -> (RunningEmulator, IdentityService)
    {
        let identity = IdentityService(configuration: configuration, keyMaterial: Array(repeating: 3, count: 32))
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(port: 0, extensions: [identity], secretKey: Array(repeating: 5, count: 32))
        )
        return (emulator, identity)
    }
}
