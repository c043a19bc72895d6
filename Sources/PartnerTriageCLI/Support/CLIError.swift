/// An error a command reports as one line on stderr before exiting with ``exitCode``.
///
/// The message says what went wrong and what to do; it never contains a secret or a stack trace.
struct CLIError: Error, CustomStringConvertible, Equatable {
    /// The line printed after `error: `.
    var message: String
    /// The process's exit code.
    var exitCode: Int32

    var description: String { message }

    /// Bad usage or invalid input, found before anything was sent (exit 2).
    static func usage(_ message: String) -> CLIError { CLIError(message: message, exitCode: ExitStatus.usage) }

    /// A request that failed at the service or on the network (exit 1).
    static func requestFailed(_ message: String) -> CLIError {
        CLIError(message: message, exitCode: ExitStatus.requestFailed)
    }
}
