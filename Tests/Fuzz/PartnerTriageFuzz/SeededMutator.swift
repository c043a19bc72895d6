/// Byte-level mutations like libFuzzer's basic ones (flip, insert, erase, copy a chunk, splice in a token), driven
/// by a seeded generator so a failing run repeats exactly.
struct SeededMutator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// Interesting bytes and tokens for JSON, config files, escape sequences and key codes.
    static let tokens: [[UInt8]] =
        [
            "{", "}", "[", "]", "\"", ":", ",", "null", "true", "-0", "1e400", "1.5E-7", "\\u0000", "\\ud800",
            "\u{1b}[",
            "\u{1b}]52;c;", "\u{202e}", "\u{200d}", "\r\n", "[profile x]", "[sso-session s]", "=", "\t", "\u{85}",
            "\"Payload\":{\"X\":{}}", "\"Id\":", "\"ExpirationDate\":1e21",
        ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC0, 0x80], [0xE2, 0x80], [0x7F]]

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    mutating func mutate(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...below(4) {
            switch below(6) {
            case 0 where !bytes.isEmpty:
                bytes[below(bytes.count)] ^= UInt8(1 << below(8))
            case 1:
                bytes.insert(UInt8(truncatingIfNeeded: next()), at: below(bytes.count + 1))
            case 2 where !bytes.isEmpty:
                let start = below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + below(16)))
            case 3 where !bytes.isEmpty:
                let start = below(bytes.count)
                let chunk = Array(bytes[start..<min(bytes.count, start + 1 + below(32))])
                bytes.insert(contentsOf: chunk, at: below(bytes.count + 1))
            default:
                bytes.insert(contentsOf: Self.tokens[below(Self.tokens.count)], at: below(bytes.count + 1))
            }
        }
        return bytes.count > 65_536 ? Array(bytes.prefix(65_536)) : bytes
    }
}
