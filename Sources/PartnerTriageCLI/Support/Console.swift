import Foundation

/// Where commands write their output and read their input, so tests can capture both.
protocol Console: Sendable {
    /// Writes `text` to standard output as is.
    func write(_ text: String)
    /// Writes `text` to standard error as is.
    func writeError(_ text: String)
    /// Reads one line from standard input without its newline; `nil` at end of input.
    func readLine() -> String?
}

extension Console {
    /// Writes one line to standard output.
    func line(_ text: String) { write(text + "\n") }
    /// Writes one line to standard error.
    func errorLine(_ text: String) { writeError(text + "\n") }
}

/// The process's standard streams, written unbuffered so result lines appear as each invitation finishes.
struct StandardConsole: Console {
    func write(_ text: String) { StandardConsole.write(text, to: STDOUT_FILENO) }
    func writeError(_ text: String) { StandardConsole.write(text, to: STDERR_FILENO) }
    func readLine() -> String? { Swift.readLine(strippingNewline: true) }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return  // a closed pipe (`| head`): nothing more to do
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
