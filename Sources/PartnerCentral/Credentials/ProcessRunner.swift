import Foundation

/// Runs a program and collects its output; injected so `credential_process` is testable without a real process.
public protocol ProcessRunner: Sendable {
    /// Runs `arguments[0]` (looked up on `PATH`) with the rest as arguments and waits for it to exit.
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

/// Runs programs with Foundation's `Process`, through `/usr/bin/env` so `PATH` lookup works as in a shell.
public struct FoundationProcessRunner: ProcessRunner {
    /// Creates a runner.
    public init() {}

    public func run(arguments: [String], environment: [String: String]) async throws -> ProcessOutput {
        try await withCheckedThrowingContinuation { continuation in
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
            let collected = Locked((out: Data(), err: Data()))
            let group = DispatchGroup()
            group.enter()
            DispatchQueue.global().async {
                let data = stdout.fileHandleForReading.readDataToEndOfFile()
                collected.withLock { $0.out = data }
                group.leave()
            }
            group.enter()
            DispatchQueue.global().async {
                let data = stderr.fileHandleForReading.readDataToEndOfFile()
                collected.withLock { $0.err = data }
                group.leave()
            }
            process.terminationHandler = { process in
                group.notify(queue: .global()) {
                    let (out, err) = collected.withLock { ($0.out, $0.err) }
                    continuation.resume(
                        returning: ProcessOutput(
                            status: process.terminationStatus,
                            standardOutput: out,
                            standardError: err
                        )
                    )
                }
            }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }
}
