import Foundation
import Testing

/// The AWS CLI (v1, installed on these machines) run against the same emulator, as the reference for JSON output.
enum AWSCLI {
    /// The `aws` executable on this process's PATH.
    static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/aws"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        try #require(Bool(false), "The AWS CLI (`aws`) is not on PATH; install it with `pip install awscli`.")
        return ""
    }

    /// Runs `aws partnercentral-selling <arguments>` against `environment`'s emulator with its private files.
    static func run(_ arguments: [String], in environment: EndToEndEnvironment) async throws -> ChildResult {
        try await run(
            ["partnercentral-selling"] + arguments + ["--endpoint-url", environment.endpoint, "--region", "us-east-1"],
            environment: environment.environment
        )
    }

    /// Runs `aws <arguments>` with exactly `environment` (plus what pyenv needs to find the CLI).
    static func run(_ arguments: [String], environment: [String: String]) async throws -> ChildResult {
        var variables = environment
        // pyenv's shim finds its versions through PYENV_ROOT (normally under the real HOME, which the test hides).
        let real = ProcessInfo.processInfo.environment
        variables["PYENV_ROOT"] = real["PYENV_ROOT"] ?? (real["HOME"].map { "\($0)/.pyenv" } ?? "")
        if let version = real["PYENV_VERSION"] { variables["PYENV_VERSION"] = version }
        return try await ChildProcess.run(try executable(), arguments, environment: variables)
    }
}
