/// Small helpers for putting text the user typed (or a file held) into an error line safely.
enum TerminalText {
    /// `text` with control characters shown as `\u{…}` and cut to `limit` characters, so a hostile id or file
    /// line cannot move the cursor or spoof the rest of an error message.
    static func quote(_ text: String, limit: Int = 80) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.count > limit ? String(out.prefix(limit - 1)) + "…" : out
    }
}
