import Foundation
import PartnerTriageTestSupport
import Testing

/// The AWS CLI (v1, installed on these machines) run against the same emulator, as the reference for JSON output.
enum AWSCLI {
    /// The `aws` executable on this process's PATH.
    static func executable() throws -> String {
        try #require(HostTools.find("aws"), "The AWS CLI (`aws`) is not on PATH; install it with `pip install awscli`.")
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
        // pyenv's shim finds its versions through PYENV_ROOT (normally under the real HOME, which the test hides).
        let variables = environment.merging(HostTools.pyenvVariables) { $1 }
        return try await ChildProcess.run(try executable(), arguments, environment: variables)
    }
}
