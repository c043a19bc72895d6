import Foundation
import Synchronization

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

/// Runs programs with Foundation's `Process`, through `/usr/bin/env` so `PATH` lookup works as in a shell, and kills
/// one that runs past its time limit: a `credential_process` that hangs (waiting for a browser, a locked keychain)
/// must fail the request, not freeze the app.
///
/// Not swift-subprocess (1.0.2): in a test process that also ran programs through Foundation's `Process`, its runs of
/// a plain `printf` sometimes never reported their exit and ended at the time limit.
public struct FoundationProcessRunner: ProcessRunner {
    /// How long a program may run before it is killed.
    public let timeout: Duration
    private let clock: any Clock<Duration>

    /// Creates a runner.
    ///
    /// - Parameters:
    ///   - timeout: kill the program after this long; a minute covers a helper that asks a person once.
    ///   - clock: measures the timeout.
    public init(timeout: Duration = .seconds(60), clock: any Clock<Duration> = ContinuousClock()) {
        self.timeout = timeout
        self.clock = clock
    }

    /// Runs the command and collects its output.
    public func run(arguments: [String], environment: [String: String]) async throws -> ProcessOutput {
        let timeout = self.timeout
        let clock = self.clock
        return try await withCheckedThrowingContinuation { continuation in
            let answer = OneAnswer(continuation)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.environment = environment
            let stdout = Pipe()
            let stderr = Pipe()
            process.standardOutput = stdout
            process.standardError = stderr
            process.standardInput = FileHandle.nullDevice
            // Output is read on background queues so a chatty process never blocks on a full pipe.
            let collected = CollectedOutput()
            let group = DispatchGroup()
            for (pipe, isError) in [(stdout, false), (stderr, true)] {
                group.enter()
                DispatchQueue.global().async {
                    let data = pipe.fileHandleForReading.readDataToEndOfFile()
                    collected.streams.withLock { streams in
                        if isError {
                            streams.err = data
                        } else {
                            streams.out = data
                        }
                    }
                    group.leave()
                }
            }
            process.terminationHandler = { process in
                let status = process.terminationStatus
                group.notify(queue: .global()) {
                    let (out, err) = collected.streams.withLock { ($0.out, $0.err) }
                    answer.resume(
                        with: .success(ProcessOutput(status: status, standardOutput: out, standardError: err)))
                }
            }
            do {
                try process.run()
            } catch {
                answer.resume(with: .failure(error))
                return
            }
            let pid = process.processIdentifier
            Task {
                try? await clock.sleep(for: timeout)
                if answer.resume(with: .failure(ProcessTimedOut(timeout: timeout))) { kill(pid, SIGKILL) }
            }
        }
    }
}

/// The continuation of one run, resumed by whichever comes first: the exit or the time limit.
private final class OneAnswer: Sendable {
    private let continuation: Mutex<CheckedContinuation<ProcessOutput, any Error>?>

    init(_ continuation: CheckedContinuation<ProcessOutput, any Error>) { self.continuation = Mutex(continuation) }

    /// Resumes the run unless it was resumed already; `true` when this call did.
    @discardableResult
    func resume(with result: Result<ProcessOutput, any Error>) -> Bool {
        guard
            let continuation = self.continuation.withLock({ value in
                defer { value = nil }
                return value
            })
        else {
            return false
        }
        continuation.resume(with: result)
        return true
    }
}

/// What a process wrote, filled in by the two readers.
private final class CollectedOutput: Sendable {
    let streams = Mutex((out: Data(), err: Data()))
}
