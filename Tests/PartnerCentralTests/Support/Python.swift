import Foundation
import PartnerTriageTestSupport

/// Runs `python3` (with botocore, as `.ci/run` installs it) as a ``ChildProcess``, so a test waiting for it never
/// holds one of the few threads Swift concurrency shares between all running tests.
enum Python {
    /// What the process printed and how it ended.
    struct Result: Sendable {
        var status: Int32
        var stdout: Data
    }

    /// Runs `python3 ARGUMENTS` with `input` on standard input, in this process's environment; what it writes to
    /// standard error goes to this process's.
    static func run(_ arguments: [String], input: Data = Data()) async throws -> Result {
        let child = try await ChildProcess(
            "/usr/bin/env", ["python3"] + arguments, environment: ProcessInfo.processInfo.environment, input: input)
        let status = await child.waitForExit(timeout: .seconds(600))
        FileHandle.standardError.write(Data(child.stderr.utf8))
        return Result(status: status ?? SIGTERM, stdout: child.stdoutBytes)
    }
}
