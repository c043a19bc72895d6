import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A subprocess whose output is collected as it arrives, so tests can wait for a line and then signal it.
final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var stdoutData = Data()
    private var stderrData = Data()
    private let stdinPipe = Pipe()

    /// Starts `executable` with exactly `environment` (nothing inherited).
    init(_ executable: String, _ arguments: [String], environment: [String: String], stdin: String? = nil) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin == nil ? FileHandle.nullDevice : stdinPipe
        try process.run()
        // One reader thread per stream appends in order until end of file, so nothing written just before the
        // exit is lost (a readability handler can still be running when the process has already ended).
        startReader(out.fileHandleForReading) { child, data in child.stdoutData.append(data) }
        startReader(err.fileHandleForReading) { child, data in child.stderrData.append(data) }
        if let stdin {
            stdinPipe.fileHandleForWriting.write(Data(stdin.utf8))
            try stdinPipe.fileHandleForWriting.close()
        }
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

    var stdout: String { lock.withLock { String(decoding: stdoutData, as: UTF8.self) } }
    var stderr: String { lock.withLock { String(decoding: stderrData, as: UTF8.self) } }
    var processIdentifier: Int32 { process.processIdentifier }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits (polling, bounded) until `condition` holds on stdout; false when the deadline passed first.
    func waitForOutput(timeout: Duration = .seconds(20), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(stdout) { return true }
            if !process.isRunning && drained { return condition(stdout) }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition(stdout)
    }

    /// Waits for the exit (bounded) and returns the status, or `nil` after killing a process that hung.
    func waitForExit(timeout: Duration = .seconds(60)) async -> Int32? {
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
struct ChildResult {
    var status: Int32?
    var stdout: String
    var stderr: String
}

extension ChildProcess {
    /// Runs to completion and returns everything it printed.
    static func run(
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
