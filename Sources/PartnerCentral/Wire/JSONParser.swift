/// Parses JSON text as Python's `json.loads` does, which is how botocore reads every response.
///
/// Differences from Foundation that matter for output parity: member order and number literals are kept, a
/// repeated member name keeps its last value, and `NaN`/`Infinity` are accepted. Invalid UTF-8, control characters
/// inside strings and nesting deeper than ``maximumDepth`` are errors.
package enum JSONParser {
    /// Deeper nesting is refused rather than risking the stack (Python stops near 1,000 too).
    package static let maximumDepth = 512

    /// Why a text is not JSON, with the byte offset where parsing stopped.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong.
        package let reason: String
        /// The byte offset.
        package let offset: Int
        package var description: String { "\(reason) at byte \(offset)" }
    }

    /// Parses a whole document.
    package static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var reader = Reader(bytes: bytes)
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.offset == bytes.count else { throw reader.failure("extra data after the JSON value") }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        func failure(_ reason: String) -> Failure { Failure(reason: reason, offset: offset) }

        var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipWhitespace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { offset += 1 }
        }

        mutating func literal(_ text: String) -> Bool {
            let utf8 = Array(text.utf8)
            guard bytes.count - offset >= utf8.count, Array(bytes[offset..<offset + utf8.count]) == utf8 else {
                return false
            }
            offset += utf8.count
            return true
        }

        mutating func value(depth: Int) throws(Failure) -> JSONValue {
            guard depth < JSONParser.maximumDepth else { throw failure("nesting deeper than \(maximumDepth)") }
            guard let byte = current else { throw failure("unexpected end of text") }
            switch byte {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t") where literal("true"): return .bool(true)
            case UInt8(ascii: "f") where literal("false"): return .bool(false)
            case UInt8(ascii: "n") where literal("null"): return .null
            case UInt8(ascii: "N") where literal("NaN"): return .number("NaN")
            case UInt8(ascii: "I") where literal("Infinity"): return .number("Infinity")
            case UInt8(ascii: "-") where literal("-Infinity"): return .number("-Infinity")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw failure("unexpected character")
            }
        }

        mutating func object(depth: Int) throws(Failure) -> JSONValue {
            offset += 1
            var object = JSONObject()
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                offset += 1
                return .object(object)
            }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw failure("expected a member name") }
                let name = try string()
                skipWhitespace()
                guard current == UInt8(ascii: ":") else { throw failure("expected ':'") }
                offset += 1
                skipWhitespace()
                object[name] = try value(depth: depth + 1)
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): offset += 1
                case UInt8(ascii: "}"):
                    offset += 1
                    return .object(object)
                default: throw failure("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(Failure) -> JSONValue {
            offset += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                offset += 1
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                switch current {
                case UInt8(ascii: ","): offset += 1
                case UInt8(ascii: "]"):
                    offset += 1
                    return .array(items)
                default: throw failure("expected ',' or ']'")
                }
            }
        }

        mutating func number() throws(Failure) -> JSONValue {
            let start = offset
            if current == UInt8(ascii: "-") { offset += 1 }
            guard let first = current, first >= 0x30, first <= 0x39 else { throw failure("expected a digit") }
            offset += 1
            if first != 0x30 { digits() }
            if current == UInt8(ascii: "."), offset + 1 < bytes.count, isDigit(bytes[offset + 1]) {
                offset += 1
                digits()
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                var probe = offset + 1
                if probe < bytes.count, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") {
                    probe += 1
                }
                if probe < bytes.count, isDigit(bytes[probe]) {
                    offset = probe
                    digits()
                }
            }
            return .number(String(decoding: bytes[start..<offset], as: UTF8.self))
        }

        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

        mutating func digits() {
            while let byte = current, isDigit(byte) { offset += 1 }
        }

        mutating func string() throws(Failure) -> String {
            offset += 1
            // Runs between escapes are validated and appended whole, and a string without escapes (nearly every
            // one) is made from its bytes at once: appending scalar by scalar was most of the time spent parsing a
            // page.
            var result = ""
            var runStart = offset
            // A run of ASCII is valid UTF-8 as it stands, and `String(decoding:)` copies it without the generic
            // validation that `String(validating:)` runs (half the time spent parsing a page).
            var runIsASCII = true
            func run(_ reader: Reader, _ end: Int) throws(Failure) -> String {
                let text = reader.bytes.withUnsafeBufferPointer { buffer in
                    let run = UnsafeBufferPointer(rebasing: buffer[runStart..<end])
                    return runIsASCII ? String(decoding: run, as: UTF8.self) : String(validating: run, as: UTF8.self)
                }
                guard let text else { throw Failure(reason: "invalid UTF-8", offset: runStart) }
                return text
            }
            while true {
                guard let byte = current else { throw failure("unterminated string") }
                switch byte {
                case UInt8(ascii: "\""):
                    let text = try run(self, offset)
                    offset += 1
                    if result.isEmpty { return text }
                    result += text
                    return result
                case UInt8(ascii: "\\"):
                    result += try run(self, offset)
                    offset += 1
                    result.unicodeScalars.append(try escape())
                    runStart = offset
                    runIsASCII = true
                case ..<0x20:
                    throw failure("control character in a string")
                case 0x80...:
                    runIsASCII = false
                    offset += 1
                default:
                    offset += 1
                }
            }
        }

        mutating func escape() throws(Failure) -> Unicode.Scalar {
            guard let byte = current else { throw failure("unterminated escape") }
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                let high = try hex4()
                if (0xD800..<0xDC00).contains(high), current == UInt8(ascii: "\\"), offset + 1 < bytes.count,
                    bytes[offset + 1] == UInt8(ascii: "u")
                {
                    let mark = offset
                    offset += 2
                    let low = try hex4()
                    if (0xDC00..<0xE000).contains(low) {
                        // Safe to force unwrap: a surrogate pair always decodes to a scalar in range.
                        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
                    }
                    offset = mark
                }
                // A lone surrogate cannot live in a Swift string; Python keeps it, then fails to print it.
                return Unicode.Scalar(high) ?? "\u{FFFD}"
            default:
                throw failure("invalid escape")
            }
        }

        mutating func hex4() throws(Failure) -> UInt32 {
            guard bytes.count - offset >= 4 else { throw failure("short \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[offset]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
                case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
                default: throw failure("invalid \\u escape")
                }
                value = value * 16 + digit
                offset += 1
            }
            return value
        }
    }
}
