import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A subprocess whose output is collected as it arrives, so tests can wait for a line and then signal it.
///
/// Blocking reads and writes happen on threads of their own and every wait polls, so a test waiting for a child never
/// holds one of the few threads Swift concurrency shares between all running tests (with two cores the pool has two,
/// and blocking them would starve an emulator the child is talking to).
public final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var stdoutData = Data()
    private var stderrData = Data()
    private let stdinPipe = Pipe()

    /// Starts `executable` with exactly `environment` (nothing inherited) and `input` on standard input (none: an
    /// empty one).
    public init(_ executable: String, _ arguments: [String], environment: [String: String], input: Data?) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdinPipe
        try process.run()
        // One reader thread per stream appends in order until end of file, so nothing written just before the
        // exit is lost (a readability handler can still be running when the process has already ended).
        startReader(out.fileHandleForReading) { child, data in child.stdoutData.append(data) }
        startReader(err.fileHandleForReading) { child, data in child.stderrData.append(data) }
        if let input {
            let writer = stdinPipe.fileHandleForWriting
            Thread {
                writer.write(input)
                try? writer.close()
            }.start()
        }
    }

    /// Starts `executable` with exactly `environment` (nothing inherited) and `stdin`, if any, on standard input.
    public convenience init(
        _ executable: String, _ arguments: [String], environment: [String: String], stdin: String? = nil
    ) throws {
        try self.init(executable, arguments, environment: environment, input: stdin.map { Data($0.utf8) })
    }

    private var finishedStreams = 0

    private func startReader(_ handle: FileHandle, append: @escaping @Sendable (ChildProcess, Data) -> Void) {
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                lock.withLock { append(self, data) }
            }
            lock.withLock { finishedStreams += 1 }
        }
        thread.start()
    }

    /// Whether both output streams reached end of file.
    private var drained: Bool { lock.withLock { finishedStreams == 2 } }

    public var stdout: String { lock.withLock { String(decoding: stdoutData, as: UTF8.self) } }
    public var stderr: String { lock.withLock { String(decoding: stderrData, as: UTF8.self) } }
    /// Standard output as the bytes the child wrote.
    public var stdoutBytes: Data { lock.withLock { stdoutData } }
    public var processIdentifier: Int32 { process.processIdentifier }

    public func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits (polling, bounded) until `condition` holds on stdout; false when the deadline passed first.
    public func waitForOutput(timeout: Duration = .seconds(20), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(stdout) { return true }
            if !process.isRunning && drained { return condition(stdout) }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition(stdout)
    }

    /// Waits for the exit (bounded) and returns the status, or `nil` after killing a process that hung.
    public func waitForExit(timeout: Duration = .seconds(60)) async -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        guard !process.isRunning else {
            process.terminate()
            return nil
        }
        process.waitUntilExit()
        // Wait (bounded) for the readers to see end of file, so the output is complete.
        let drainDeadline = ContinuousClock.now + .seconds(10)
        while !drained && ContinuousClock.now < drainDeadline {
            try? await Task.sleep(for: .milliseconds(10))
        }
        return process.terminationStatus
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
        let child = try ChildProcess(executable, arguments, environment: environment, stdin: stdin)
        let status = await child.waitForExit(timeout: timeout)
        return ChildResult(status: status, stdout: child.stdout, stderr: child.stderr)
    }
}
