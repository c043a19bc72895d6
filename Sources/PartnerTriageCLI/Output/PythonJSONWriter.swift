/// Writes ``OrderedJSON`` byte for byte as Python's `json.dumps` does, the way the AWS CLI prints responses.
///
/// The AWS CLI calls `json.dump(response, indent=4, ensure_ascii=False)`: members separated by `",\n"`, `": "`
/// between key and value, empty containers as `{}`/`[]`, non-ASCII text written as is and only `"`, `\` and
/// control characters below U+0020 escaped.
enum PythonJSONWriter {
    /// The indented form (`indent=4`), without a trailing newline.
    static func pretty(_ value: OrderedJSON, indent: Int = 4) -> String {
        var out = ""
        write(value, into: &out, indent: indent, level: 0)
        return out
    }

    /// The single-line form (`separators=(",", ":")`), used for audit log lines.
    static func compact(_ value: OrderedJSON) -> String {
        var out = ""
        write(value, into: &out, indent: nil, level: 0)
        return out
    }

    private static func write(_ value: OrderedJSON, into out: inout String, indent: Int?, level: Int) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .integer(let number): out += String(number)
        case .number(let number): out += pythonRepr(number)
        case .string(let text): escape(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(into: &out, indent: indent, level: level + 1)
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(into: &out, indent: indent, level: level)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else {
                out += "{}"
                return
            }
            out += "{"
            for (index, (key, item)) in members.enumerated() {
                if index > 0 { out += "," }
                newline(into: &out, indent: indent, level: level + 1)
                escape(key, into: &out)
                out += indent == nil ? ":" : ": "
                write(item, into: &out, indent: indent, level: level + 1)
            }
            newline(into: &out, indent: indent, level: level)
            out += "}"
        }
    }

    private static func newline(into out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    /// Python's `py_encode_basestring`: escapes `"`, `\` and C0 controls; everything else is written as is.
    static func escape(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// Python's `float.__repr__` for the values the service sends (the models have no floating-point members).
    private static func pythonRepr(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        return number.description
    }
}
