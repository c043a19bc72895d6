/// The AWS account an access key id belongs to, read from the key itself as `aws sts get-access-key-info` reports
/// it, without a call: keys issued since 2019 (`AKIA…` long-term, `ASIA…` temporary) carry the account number in
/// bits 7–46 of their base32 body.
enum AccessKeyAccount {
    /// The twelve-digit account of `accessKeyId`, or `nil` for a key of another form (an emulator's, an old or an
    /// unknown kind), which callers then treat as its own account.
    static func accountID(of accessKeyId: String) -> String? {
        let characters = Array(accessKeyId.utf8)
        guard characters.count == 20, accessKeyId.hasPrefix("AKIA") || accessKeyId.hasPrefix("ASIA") else {
            return nil
        }
        // The first 6 bytes of the body are its first 48 bits: 10 base32 characters of 5 bits each, less 2 bits.
        var bits: UInt64 = 0
        for character in characters[4..<14] {
            guard let value = base32Value(character) else { return nil }
            bits = bits << 5 | UInt64(value)
        }
        let leading48 = bits >> 2
        let account = (leading48 & 0x7FFF_FFFF_FF80) >> 7
        let digits = String(account)
        guard digits.count <= 12 else { return nil }
        return String(repeating: "0", count: 12 - digits.count) + digits
    }

    /// RFC 4648 base32: A–Z are 0–25, 2–7 are 26–31.
    private static func base32Value(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return character - UInt8(ascii: "A")
        case UInt8(ascii: "2")...UInt8(ascii: "7"): return character - UInt8(ascii: "2") + 26
        default: return nil
        }
    }
}
