import Foundation

/// The config file's text searched for where a key is written, because the TOML parser reports lines only for
/// syntax errors; a key written in a way the search does not follow (an inline table) has no line.
struct ConfigFileLines {
    private var entries: [(table: String?, key: String, line: Int)] = []

    /// Scans `text` for `key =` lines and `[table]` headers.
    init(_ text: String) {
        var table: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.dropFirst().prefix(while: { $0 != "]" })
                table = Self.unquoted(name.trimmingCharacters(in: .whitespaces))
                continue
            }
            guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { continue }
            let key = Self.unquoted(line[..<equals].trimmingCharacters(in: .whitespaces))
            entries.append((table, key, index + 1))
        }
    }

    /// The line where `key` is set in `table` (`nil` for the top level).
    func line(of key: String, inTable table: String?) -> Int? {
        entries.first { $0.table == table && $0.key == key }?.line
    }

    /// `keys` in the order the file writes them, so the first problem reported is the first in the file.
    func ordered(_ keys: [String], inTable table: String?) -> [String] {
        keys.sorted { (line(of: $0, inTable: table) ?? .max, $0) < (line(of: $1, inTable: table) ?? .max, $1) }
    }

    private static func unquoted(_ text: String) -> String {
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
