import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// Runs the AWS CLI and Python (boto3) against a live emulator, each in a clean environment.
///
/// The tools are found on `PATH`; a missing tool fails the test with a message saying how to install it (CI
/// installs both), never skips it.
struct ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    let path: String

    static func locate(_ name: String) throws -> ExternalTool {
        if let path = HostTools.find(name) { return ExternalTool(path: path) }
        Issue.record(
            "`\(name)` is not on PATH; these tests need the AWS CLI and boto3 (`pip install awscli boto3`).")
        throw ToolMissing(name: name)
    }

    struct ToolMissing: Error { var name: String }

    /// Runs the tool with only the variables given (plus PATH and a throwaway HOME), killing it after `timeout`.
    func run(
        _ arguments: [String], environment: [String: String], stdin: String? = nil, timeout: TimeInterval = 120
    ) async throws -> Output {
        let home = try TemporaryDirectory.home(prefix: "emulator-tool")
        defer { home.cleanUp() }
        var env = home.homeVariables.merging([
            "PATH": HostTools.path,
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_PAGER": "",
            "AWS_EC2_METADATA_DISABLED": "true",
            "PYTHONDONTWRITEBYTECODE": "1",
        ]) { $1 }
        env.merge(environment) { _, new in new }
        let result = try await ChildProcess.run(
            path, arguments, environment: env, stdin: stdin, timeout: .seconds(timeout))
        return Output(status: result.status ?? SIGTERM, stdout: result.stdout, stderr: result.stderr)
    }

    /// The environment that makes a tool sign with `credentials`.
    static func credentialsEnvironment(_ credentials: AWSCredentials) -> [String: String] {
        var env = ["AWS_ACCESS_KEY_ID": credentials.accessKeyId, "AWS_SECRET_ACCESS_KEY": credentials.secretAccessKey]
        if let token = credentials.sessionToken { env["AWS_SESSION_TOKEN"] = token }
        return env
    }
}
