import Foundation
import Subprocess

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

/// Runs a program and collects its output; injected so `credential_process` is testable without a real process.
public protocol ProcessRunner: Sendable {
    /// Runs `arguments[0]` (looked up on `PATH`) with the rest as arguments and waits for it to exit.
    ///
    /// - Throws: ``ProcessTimedOut`` when the program is still running after the runner's time limit (it is then
    ///   stopped); any other error when it cannot be started.
    func run(arguments: [String], environment: [String: String]) async throws -> ProcessOutput
}

/// What a finished process left behind.
public struct ProcessOutput: Sendable, Hashable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: Data
    /// Everything written to standard error.
    public var standardError: Data

    /// Creates an output.
    public init(status: Int32, standardOutput: Data, standardError: Data = Data()) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// A program that did not exit within its time limit, and was stopped.
public struct ProcessTimedOut: Error, Sendable, Hashable {
    /// The limit it ran past.
    public var timeout: Duration

    /// Creates the error.
    public init(timeout: Duration) { self.timeout = timeout }
}

/// Runs programs with swift-subprocess, through `/usr/bin/env` so `PATH` lookup works as in a shell, and stops one
/// that runs past its time limit: a `credential_process` that hangs (waiting for a browser, a locked keychain) must
/// fail the request, not freeze the app.
public struct SubprocessRunner: ProcessRunner {
    /// How long a program may run before it is stopped.
    public let timeout: Duration
    /// The most output kept from each stream; credentials JSON is a few hundred bytes.
    public let outputLimit: Int
    private let clock: any Clock<Duration>

    /// Creates a runner.
    ///
    /// - Parameters:
    ///   - timeout: stop the program after this long; a minute covers a helper that asks a person once.
    ///   - outputLimit: bytes kept from standard output and from standard error each; more fails the run.
    ///   - clock: measures the timeout.
    public init(
        timeout: Duration = .seconds(60), outputLimit: Int = 1 << 20, clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.timeout = timeout
        self.outputLimit = outputLimit
        self.clock = clock
    }

    /// Runs the command and collects its output.
    public func run(arguments: [String], environment: [String: String]) async throws -> ProcessOutput {
        let limit = outputLimit
        let timeout = self.timeout
        let clock = self.clock
        let configuration = Configuration(
            executable: .path(FilePath("/usr/bin/env")), arguments: Arguments(arguments),
            environment: .exactly(environment))
        return try await withThrowingTaskGroup(of: ProcessOutput?.self) { group in
            group.addTask {
                // Cancelling this task makes swift-subprocess stop the program (its teardown ends with SIGKILL).
                let result = try await Subprocess.run(
                    configuration, input: .none, output: .bytes(limit: limit), error: .bytes(limit: limit))
                return ProcessOutput(
                    status: result.terminationStatus.shellStatus, standardOutput: Data(result.standardOutput),
                    standardError: Data(result.standardError))
            }
            group.addTask {
                try await clock.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            // Two tasks were added, so the first `next()` has a result: the output, or `nil` from the time limit.
            guard let first = try await group.next(), let output = first else {
                try Task.checkCancellation()
                throw ProcessTimedOut(timeout: timeout)
            }
            return output
        }
    }
}
