import Foundation
import PartnerCentral
import Subprocess
import Synchronization

#if canImport(System)
    import System
#else
    import SystemPackage
#endif

/// A subprocess whose output is collected as it arrives, so tests can wait for a line and then signal it.
///
/// It runs through swift-subprocess, as the app's own `credential_process` does, so one process runner spawns and reaps
/// every child of a test run. Its reads and writes are asynchronous and every wait polls, so a test waiting for a child
/// never holds one of the few threads Swift concurrency shares between all running tests (with two cores the pool has
/// two, and blocking them would starve an emulator the child is talking to).
public final class ChildProcess: Sendable {
    private struct State {
        var stdout = Data()
        var stderr = Data()
        var processIdentifier: Int32 = 0
        /// Set once the child exited and both output streams reached end of file.
        var status: Int32?
    }

    private let state = Mutex(State())

    /// Starts `executable` with exactly `environment` (nothing inherited) and `input` on standard input (none: an
    /// empty one); returns once the child runs.
    public init(_ executable: String, _ arguments: [String], environment: [String: String], input: Data?) async throws {
        let configuration = Configuration(
            executable: .path(FilePath(executable)), arguments: Arguments(arguments),
            environment: .exactly(environment))
        let (started, startedContinuation) = AsyncStream.makeStream(of: Result<Void, any Error>.self)
        Task.detached { [self] in
            do {
                let result = try await Subprocess.run(
                    configuration, input: .inputWriter, output: .sequence, error: .sequence
                ) { execution in
                    self.state.withLock { $0.processIdentifier = execution.processIdentifier.value }
                    startedContinuation.yield(.success(()))
                    // Output is appended in arrival order until end of file, so nothing written just before the
                    // exit is lost.
                    async let out: Void = self.collect(execution.standardOutput, into: \State.stdout)
                    async let err: Void = self.collect(execution.standardError, into: \State.stderr)
                    let writer = execution.standardInputWriter
                    if let input { _ = try? await writer.write(Array(input)) }
                    try? await writer.finish()
                    _ = try await (out, err)
                }
                self.state.withLock { $0.status = result.terminationStatus.shellStatus }
            } catch {
                startedContinuation.yield(.failure(error))
                self.state.withLock { if $0.status == nil { $0.status = -1 } }
            }
            startedContinuation.finish()
        }
        for await outcome in started {
            try outcome.get()
            return
        }
    }

    /// Starts `executable` with exactly `environment` (nothing inherited) and `stdin`, if any, on standard input.
    public convenience init(
        _ executable: String, _ arguments: [String], environment: [String: String], stdin: String? = nil
    ) async throws {
        try await self.init(executable, arguments, environment: environment, input: stdin.map { Data($0.utf8) })
    }

    private func collect(
        _ stream: SubprocessOutputSequence, into field: WritableKeyPath<State, Data> & Sendable
    ) async throws {
        for try await buffer in stream {
            let bytes = buffer.withUnsafeBytes { Data($0) }
            state.withLock { $0[keyPath: field].append(bytes) }
        }
    }

    public var stdout: String { state.withLock { String(decoding: $0.stdout, as: UTF8.self) } }
    public var stderr: String { state.withLock { String(decoding: $0.stderr, as: UTF8.self) } }
    /// Standard output as the bytes the child wrote.
    public var stdoutBytes: Data { state.withLock { $0.stdout } }
    public var processIdentifier: Int32 { state.withLock { $0.processIdentifier } }
    /// The exit status once the child exited and its output is complete (128 + the signal when one ended it).
    private var status: Int32? { state.withLock { $0.status } }

    /// Sends signal `number` to the child, unless it has already been reaped (its number may then be another's).
    public func signal(_ number: Int32) {
        state.withLock { state in
            if state.status == nil { kill(state.processIdentifier, number) }
        }
    }

    /// Waits (polling, bounded) until `condition` holds on stdout; false when the deadline passed first.
    public func waitForOutput(timeout: Duration = .seconds(20), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(stdout) { return true }
            if status != nil { return condition(stdout) }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition(stdout)
    }

    /// Waits for the exit (bounded) and returns the status, or `nil` after stopping a process that hung.
    public func waitForExit(timeout: Duration = .seconds(60)) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while status == nil && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        guard let status else {
            signal(SIGKILL)
            return nil
        }
        return status
    }
}

/// The result of a finished child process.
public struct ChildResult {
    /// The exit status, or `nil` when the child hung and was killed.
    public var status: Int32?
    public var stdout: String
    public var stderr: String

    public init(status: Int32?, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

extension ChildProcess {
    /// Runs to completion and returns everything it printed.
    public static func run(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String],
        stdin: String? = nil,
        timeout: Duration = .seconds(60)
    ) async throws -> ChildResult {
        let child = try await ChildProcess(executable, arguments, environment: environment, stdin: stdin)
        let status = await child.waitForExit(timeout: timeout)
        return ChildResult(status: status, stdout: child.stdout, stderr: child.stderr)
    }
}
