import Foundation

/// Where commands write their output and read their input, so tests can capture both.
protocol Console: Sendable {
    /// Writes `text` to standard output as is.
    func write(_ text: String)
    /// Writes `text` to standard error as is.
    func writeError(_ text: String)
    /// Reads one line from standard input without its newline; `nil` at end of input.
    func readLine() -> String?
    /// Reads standard input to its end, but no more than `limit` bytes (the rest is left unread).
    func readInput(upTo limit: Int) -> String
}

extension Console {
    /// Writes one line to standard output.
    func line(_ text: String) { write(text + "\n") }
    /// Writes one line to standard error.
    func errorLine(_ text: String) { writeError(text + "\n") }

    /// Line by line, for consoles whose input is already in memory.
    func readInput(upTo limit: Int) -> String {
        var text = ""
        var first = true
        while text.utf8.count < limit, let line = readLine() {
            if !first { text += "\n" }
            text += line
            first = false
        }
        return text
    }
}

/// The process's standard streams, written unbuffered so result lines appear as each invitation finishes.
struct StandardConsole: Console {
    func write(_ text: String) { StandardConsole.write(text, to: STDOUT_FILENO) }
    func writeError(_ text: String) { StandardConsole.write(text, to: STDERR_FILENO) }
    func readLine() -> String? { Swift.readLine(strippingNewline: true) }

    /// Reads blocks with `read(2)`, so a single endless line cannot grow past `limit` either.
    func readInput(upTo limit: Int) -> String {
        StandardConsole.read(descriptor: STDIN_FILENO, upTo: limit)
    }

    /// At most `limit` bytes from `descriptor`, decoded as UTF-8 (invalid bytes become U+FFFD).
    static func read(descriptor: Int32, upTo limit: Int) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(buffer.count, limit - bytes.count)
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

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
