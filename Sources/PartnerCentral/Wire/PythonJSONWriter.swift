/// Writes a ``JSONValue`` byte for byte as Python's `json.dumps` does, the way the AWS CLI prints responses.
///
/// The AWS CLI calls `json.dump(response, indent=4, ensure_ascii=False)`: members separated by `",\n"`, `": "`
/// between key and value, empty containers as `{}`/`[]`, non-ASCII text written as is and only `"`, `\` and
/// control characters below U+0020 escaped. Numbers are written as Python prints what it parsed.
///
/// ``sortedASCII(_:)`` is the third form botocore uses: `json.dumps(obj, sort_keys=True)`, the text its credential
/// cache keys are hashes of.
package enum PythonJSONWriter {
    /// The choices `json.dumps` makes, per form.
    private struct Format {
        var indent: Int?
        var itemSeparator = ","
        var keySeparator: String
        var terminalSafe = false
        var asciiOnly = false
        var sortKeys = false
    }

    /// The indented form (`indent=4`), without a trailing newline.
    ///
    /// - Parameters:
    ///   - value: The document.
    ///   - indent: Spaces per level.
    ///   - level: The level the value starts at (its inner lines are indented one level more), for writing a large
    ///     document piece by piece.
    ///   - escapingTerminalControls: Also write DEL, C1 controls, bidi controls and other invisible format characters
    ///     as `\u` escapes. The text parses to the same data, but is safe to show on a terminal; off, the bytes are
    ///     exactly Python's.
    package static func pretty(
        _ value: JSONValue, indent: Int = 4, level: Int = 0, escapingTerminalControls: Bool = false
    ) -> String {
        var out = ""
        let format = Format(indent: indent, keySeparator: ": ", terminalSafe: escapingTerminalControls)
        write(value, into: &out, format: format, level: level)
        return out
    }

    /// The single-line form (`separators=(",", ":")`), used for audit log lines and the emulator's bodies.
    package static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, into: &out, format: Format(indent: nil, keySeparator: ":"), level: 0)
        return out
    }

    /// Python's default form with sorted keys (`json.dumps(value, sort_keys=True)`): `", "` and `": "` between
    /// members, keys in code point order, every character outside printable ASCII escaped (`ensure_ascii`).
    package static func sortedASCII(_ value: JSONValue) -> String {
        var out = ""
        let format = Format(indent: nil, itemSeparator: ", ", keySeparator: ": ", asciiOnly: true, sortKeys: true)
        write(value, into: &out, format: format, level: 0)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String, format: Format, level: Int) {
        let indent = format.indent
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let literal): out += PythonNumber.repr(literal)
        case .string(let text):
            escape(text, into: &out, terminalSafe: format.terminalSafe, asciiOnly: format.asciiOnly)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += format.itemSeparator }
                newline(into: &out, indent: indent, level: level + 1)
                write(item, into: &out, format: format, level: level + 1)
            }
            newline(into: &out, indent: indent, level: level)
            out += "]"
        case .object(let object):
            guard object.count > 0 else {
                out += "{}"
                return
            }
            out += "{"
            var members = object.members
            if format.sortKeys {
                // Python orders keys by code point.
                members.sort {
                    $0.name.unicodeScalars.map(\.value).lexicographicallyPrecedes($1.name.unicodeScalars.map(\.value))
                }
            }
            for (index, member) in members.enumerated() {
                if index > 0 { out += format.itemSeparator }
                newline(into: &out, indent: indent, level: level + 1)
                escape(member.name, into: &out, terminalSafe: format.terminalSafe, asciiOnly: format.asciiOnly)
                out += format.keySeparator
                write(member.value, into: &out, format: format, level: level + 1)
            }
            newline(into: &out, indent: indent, level: level)
            out += "}"
        }
    }

    /// A line break and the spaces of the deepest usual indent, sliced for each line: making the spaces afresh for
    /// every line was a third of the time spent writing a page.
    private static let lineBreakAndSpaces = "\n" + String(repeating: " ", count: 256)

    private static func newline(into out: inout String, indent: Int?, level: Int) {
        guard let indent else { return }
        let spaces = indent * level
        if spaces < lineBreakAndSpaces.utf8.count {
            out += Substring(lineBreakAndSpaces.utf8.prefix(spaces + 1))
        } else {
            out += "\n" + String(repeating: " ", count: spaces)
        }
    }

    /// Python's `py_encode_basestring`: escapes `"`, `\` and C0 controls; everything else is written as is, unless
    /// `terminalSafe` asks for DEL, C1, bidi and format characters to be escaped too, or `asciiOnly` for everything
    /// outside printable ASCII (`py_encode_basestring_ascii`).
    package static func escape(
        _ text: String, into out: inout String, terminalSafe: Bool = false, asciiOnly: Bool = false
    ) {
        out += "\""
        // Printable ASCII other than the quote and the backslash is written as it is, in one append: nearly every
        // string is all of it, and appending scalar by scalar was most of the time spent writing a page.
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
        }
        if plain {
            out += text
            out += "\""
            return
        }
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
            case let hidden where (asciiOnly && hidden.value > 0x7E) || (terminalSafe && isTerminalControl(hidden)):
                // UTF-16 code units, as JSON writes characters beyond the BMP (a surrogate pair).
                for unit in String(hidden).utf16 {
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// DEL, C1 controls, line and paragraph separators, and format characters (bidi embeddings, overrides and
    /// isolates, zero-width characters, tags): what a terminal would act on or hide rather than show.
    static func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 { return true }
        return scalar.properties.generalCategory == .format
    }
}

/// How Python prints a JSON number it parsed: integers exactly, everything else as `float.__repr__`.
package enum PythonNumber {
    /// The text Python's `json.dumps(json.loads(literal))` writes.
    package static func repr(_ literal: String) -> String {
        switch literal {
        case "NaN": return "NaN"
        case "Infinity": return "Infinity"
        case "-Infinity": return "-Infinity"
        default: break
        }
        let isInteger = !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        if isInteger {
            // Python ints keep every digit; only the sign of zero is lost.
            let digits = literal.hasPrefix("-") ? String(literal.dropFirst()) : literal
            if digits.allSatisfy({ $0 == "0" }) { return "0" }
            return literal
        }
        guard let number = Double(literal) else { return literal }
        return repr(number)
    }

    /// Python's `repr(float)`: the shortest digits that read back the same, in fixed notation unless the decimal
    /// exponent is below -4 or above 16.
    package static func repr(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
        let (negative, digits, pointPosition) = shortestDigits(number)
        let sign = negative ? "-" : ""
        if pointPosition <= -4 || pointPosition > 16 {
            let exponent = pointPosition - 1
            let mantissa = digits.count == 1 ? digits : digits.prefix(1) + "." + digits.dropFirst()
            let exponentText = String(abs(exponent))
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + (exponentText.count < 2 ? "0" + exponentText : exponentText)
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-trip digits of `number` (Swift's `description` finds them) and where the point goes:
    /// `value = 0.DIGITS × 10^pointPosition`.
    static func shortestDigits(_ number: Double) -> (negative: Bool, digits: String, pointPosition: Int) {
        var text = number.magnitude.description
        let negative = number.sign == .minus
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = whole + fraction
        var pointPosition = whole.count + exponent
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        if digits == "0" { pointPosition = 1 }
        return (negative, digits, pointPosition)
    }
}
