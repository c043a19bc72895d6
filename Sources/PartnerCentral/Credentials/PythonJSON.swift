/// JSON text exactly as Python's `json.dumps(obj, sort_keys=True)` writes a flat object: `", "` and `": "` as
/// separators and every non-ASCII character escaped. Cache keys shared with the AWS CLI are hashes of that text, so
/// a byte of difference would be a cache miss.
enum PythonJSON {
    /// A member value.
    enum Value {
        case string(String)
        case integer(Int)
    }

    /// `{"a": 1, "b": "x"}` with the members sorted by name.
    static func sortedObject(_ members: [(String, Value)]) -> String {
        // Python orders keys by code point.
        let sorted = members.sorted {
            $0.0.unicodeScalars.map(\.value).lexicographicallyPrecedes($1.0.unicodeScalars.map(\.value))
        }
        let body = sorted.map { name, value -> String in
            let text: String
            switch value {
            case .string(let string): text = quoted(string)
            case .integer(let number): text = String(number)
            }
            return "\(quoted(name)): \(text)"
        }
        return "{" + body.joined(separator: ", ") + "}"
    }

    /// A string literal with Python's `ensure_ascii` escapes.
    static func quoted(_ string: String) -> String {
        var out = "\""
        for unit in string.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out + "\""
    }
}
