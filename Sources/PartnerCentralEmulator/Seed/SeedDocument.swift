import PartnerCentral

/// Splits a seed file into its top-level members and the `EngagementInvitations` list into its elements, by byte
/// ranges, without building the whole document's tree: each element is then parsed, checked and kept on its own,
/// so loading 10,000 invitations never holds more than one element's tree at a time.
///
/// The scan only finds boundaries; each piece is still parsed by `JSONParser`. When the scan finds something it
/// does not expect, the caller parses the whole file instead, which names the syntax error.
struct SeedDocument {
    /// The top-level members, the last one kept for a repeated name (as Python's `json` does).
    var members: [String: Range<Int>] = [:]
    /// The names in file order, each once.
    var names: [String] = []

    /// The document's top-level members, or `nil` when it is not an object the scan can follow.
    static func scan(_ bytes: [UInt8]) -> SeedDocument? {
        var scanner = Scanner(bytes: bytes)
        var document = SeedDocument()
        scanner.skipWhitespace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        scanner.skipWhitespace()
        if !scanner.take(UInt8(ascii: "}")) {
            repeat {
                scanner.skipWhitespace()
                guard let keyRange = scanner.skipValue(),
                    case .string(let name)? = try? JSONParser.parse(Array(bytes[keyRange]))
                else { return nil }
                scanner.skipWhitespace()
                guard scanner.take(UInt8(ascii: ":")) else { return nil }
                scanner.skipWhitespace()
                guard let valueRange = scanner.skipValue() else { return nil }
                if document.members[name] == nil { document.names.append(name) }
                document.members[name] = valueRange
                scanner.skipWhitespace()
            } while scanner.take(UInt8(ascii: ","))
            guard scanner.take(UInt8(ascii: "}")) else { return nil }
        }
        scanner.skipWhitespace()
        return scanner.atEnd ? document : nil
    }

    /// The ranges of the elements of the list at `range`, or `nil` when it is not a list the scan can follow.
    static func elements(of bytes: [UInt8], in range: Range<Int>) -> [Range<Int>]? {
        var scanner = Scanner(bytes: bytes, position: range.lowerBound, end: range.upperBound)
        guard scanner.take(UInt8(ascii: "[")) else { return nil }
        var ranges: [Range<Int>] = []
        scanner.skipWhitespace()
        if scanner.take(UInt8(ascii: "]")) { return ranges }
        repeat {
            scanner.skipWhitespace()
            guard let element = scanner.skipValue() else { return nil }
            ranges.append(element)
            scanner.skipWhitespace()
        } while scanner.take(UInt8(ascii: ","))
        guard scanner.take(UInt8(ascii: "]")) else { return nil }
        return scanner.atEnd ? ranges : nil
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        var end: Int

        init(bytes: [UInt8], position: Int = 0, end: Int? = nil) {
            self.bytes = bytes
            self.position = position
            self.end = end ?? bytes.count
        }

        var atEnd: Bool { position >= end }

        mutating func skipWhitespace() {
            while position < end, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < end, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        /// Moves past one value (string, container or bare literal) and returns its range.
        mutating func skipValue() -> Range<Int>? {
            let start = position
            guard position < end else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                while position < end {
                    switch bytes[position] {
                    case UInt8(ascii: "\\"): position += 2
                    case UInt8(ascii: "\""):
                        position += 1
                        return start..<position
                    default: position += 1
                    }
                }
                return nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                var inString = false
                while position < end {
                    let byte = bytes[position]
                    position += 1
                    if inString {
                        if byte == UInt8(ascii: "\\") {
                            position += 1
                        } else if byte == UInt8(ascii: "\"") {
                            inString = false
                        }
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: "\""): inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == 0 { return start..<position }
                    default: break
                    }
                }
                return nil
            default:
                while position < end,
                    ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(
                        bytes[position])
                {
                    position += 1
                }
                return position > start ? start..<position : nil
            }
        }
    }
}

/// A coding key with any name.
struct SeedKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
