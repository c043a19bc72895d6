import Foundation

/// Parses the AWS shared config and credentials files the way botocore does (Python's `RawConfigParser`).
///
/// - `[section]` headers; `#` and `;` start a comment line (no inline comments: a value keeps a trailing ` # x`).
/// - `key = value` or `key: value`; keys are lowercased, keys and values trimmed.
/// - An indented line continues the value above; a value that starts on the next line is a nested block
///   (`s3 =\n  max_concurrent_requests = 10`), kept in ``AWSConfigFileSection/nested``.
/// - A key before any section is an error, as in botocore; a repeated section or key merges, the later value winning.
package enum AWSConfigFileParser {
    /// Parses `text`; `path` only names the file in errors.
    package static func parse(_ text: String, path: String) throws(CredentialsError) -> [AWSConfigFileSection] {
        var sections: [AWSConfigFileSection] = []
        var indexByName: [String: Int] = [:]
        var current: Int?
        var lastKey: String?
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                continue
            }
            if trimmed.hasPrefix("#") || trimmed.hasPrefix(";") {
                continue
            }
            if let first = line.first, first == " " || first == "\t", let current, let key = lastKey {
                // A continuation line: part of the value above.
                sections[current].appendContinuation(trimmed, to: key)
                continue
            }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else {
                    throw .configFileMalformed(
                        path: path,
                        line: lineNumber,
                        detail: "a section header needs a closing ]"
                    )
                }
                let name = trimmed.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                if let existing = indexByName[name] {
                    current = existing
                } else {
                    sections.append(AWSConfigFileSection(name: name))
                    indexByName[name] = sections.count - 1
                    current = sections.count - 1
                }
                lastKey = nil
                continue
            }
            guard let current else {
                throw .configFileMalformed(path: path, line: lineNumber, detail: "a setting before any [section]")
            }
            guard let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw .configFileMalformed(path: path, line: lineNumber, detail: "expected key = value")
            }
            let key = trimmed[..<separator].trimmingCharacters(in: .whitespaces).lowercased()
            let value = trimmed[trimmed.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            guard !key.isEmpty else {
                throw .configFileMalformed(path: path, line: lineNumber, detail: "a setting without a name")
            }
            sections[current].values[key] = value
            sections[current].nested[key] = nil
            lastKey = key
        }
        return sections
    }
}

/// One `[section]` of a config or credentials file.
public struct AWSConfigFileSection: Sendable, Hashable {
    /// The header text between the brackets, trimmed (`profile dev`, `default`, `sso-session corp`).
    public var name: String
    /// Top-level settings, keys lowercased.
    public var values: [String: String] = [:]
    /// Nested blocks such as `s3 =` followed by indented `key = value` lines.
    public var nested: [String: [String: String]] = [:]

    /// Creates an empty section.
    public init(name: String, values: [String: String] = [:]) {
        self.name = name
        self.values = values
    }

    mutating func appendContinuation(_ line: String, to key: String) {
        let existing = values[key] ?? ""
        values[key] = existing.isEmpty ? line : existing + "\n" + line
        if existing.isEmpty || nested[key] != nil, let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) {
            let subKey = line[..<separator].trimmingCharacters(in: .whitespaces).lowercased()
            let subValue = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            nested[key, default: [:]][subKey] = subValue
        }
    }
}
