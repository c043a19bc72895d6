import Foundation

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
