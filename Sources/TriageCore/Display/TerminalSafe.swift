/// Makes untrusted text (anything that came from the service) safe to draw on a terminal.
///
/// Nothing that survives cleaning can move the cursor, set the window title, clear the screen or reorder text:
/// C0 controls, DEL and ESC become caret notation (`^[`, `^@`, `^?`, as Git's sideband masking and `unctrl` do),
/// so an escape sequence shows as harmless text such as `^[[2J`; C1 controls, bidi overrides and isolates and
/// every other invisible format character become `<U+202E>`-style placeholders. Zero-width joiners and tag
/// characters inside an emoji sequence are kept, so family and flag emoji still render.
///
/// Text is cleaned once, when it becomes a display model (``InvitationRow``, ``InvitationDetails``); the CLI's
/// table output uses the same functions. Cleaning also cuts: a field holds at most ``maxFieldCharacters`` characters
/// and free text at most ``maxTextCharacters`` characters on ``maxTextLines`` lines (ending in `…` when cut), so the
/// work of every later frame is bounded however long the service's text is.
public enum TerminalSafe {
    /// The most characters of a single-line field that are kept.
    public static let maxFieldCharacters = 512
    /// The most characters of free text (a message, a description) that are kept, over all its lines.
    public static let maxTextCharacters = 4_000
    /// The most lines of free text that are kept.
    public static let maxTextLines = 100
    /// The most entries of a list (contacts, members, programs) a display model keeps.
    public static let maxListItems = 100

    /// Cleans a single-line field: a line break becomes `⏎`, a tab a space, and lone carriage return `^M`.
    ///
    /// ```swift
    /// TerminalSafe.clean("a\u{1b}]0;pwned\u{07}b") // "a^[]0;pwned^Gb"
    /// ```
    public static func clean(_ text: String, limit: Int = maxFieldCharacters) -> String {
        var output = ""
        var kept = 0
        for character in text {
            var piece = ""
            if character == "\r\n" || character == "\n" {
                piece = "⏎"
            } else if character == "\t" {
                piece = " "
            } else {
                append(character, to: &piece)
            }
            // The limit counts what is shown, not what was sent: a control shown as `^@` takes two of it. Counting
            // the input instead let a cleaned field be longer than the limit, so cleaning it again cut it.
            let length = piece.count
            if kept + length > limit {
                output += "…"
                break
            }
            kept += length
            output += piece
        }
        return output
    }

    /// Cleans multi-line text into lines: `\n`, `\r\n`, U+2028 and U+2029 split lines, a tab becomes four spaces.
    ///
    /// At most `lineLimit` lines and `limit` characters are kept; the last kept line ends in `…` when text was cut.
    public static func cleanLines(
        _ text: String, limit: Int = maxTextCharacters, lineLimit: Int = maxTextLines
    ) -> [String] {
        var lines: [String] = []
        var current = ""
        var kept = 0
        for character in text {
            if kept == limit || (lines.count == lineLimit - 1 && isLineBreak(character)) {
                lines.append(current + "…")
                return lines
            }
            kept += 1
            if character == "\r\n" || character == "\n" || character == "\u{2028}" || character == "\u{2029}" {
                lines.append(current)
                current = ""
            } else if character == "\t" {
                current += "    "
            } else {
                append(character, to: &current)
            }
        }
        lines.append(current)
        return lines
    }

    /// Whether a scalar must never reach the terminal as itself.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return true }
        if bidiControls.contains(value) { return true }
        if value == 0x2028 || value == 0x2029 { return true }
        return scalar.properties.generalCategory == .format
    }

    /// Whether `text` holds a scalar that must never reach the terminal as itself (for values such as ids that are
    /// printed verbatim or not at all).
    public static func containsUnsafe(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isUnsafe)
    }

    // MARK: - Private

    /// The most scalars of one grapheme (a base and its marks, or an emoji sequence) that are kept.
    static let maxScalarsPerCharacter = 16

    private static func isLineBreak(_ character: Character) -> Bool {
        character == "\r\n" || character == "\n" || character == "\u{2028}" || character == "\u{2029}"
    }

    /// Bidi embeddings, overrides, isolates and marks: they reorder text the user reads (Trojan Source).
    private static let bidiControls: Set<UInt32> = [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
    ]

    private static func append(_ character: Character, to output: inout String) {
        let scalars = character.unicodeScalars
        // Safe to force unwrap: a Character always has at least one scalar.
        let first = scalars.first!
        // A grapheme is one character however many combining marks follow; past a few it is only a way to make the
        // text huge, so the rest are dropped.
        let kept = scalars.prefix(maxScalarsPerCharacter)
        let isLegitimate = { (scalar: Unicode.Scalar) in kept.count > 1 && isEmojiJoiner(scalar, after: first) }
        // Joiners stay only in a sequence with nothing else to hide: once one scalar becomes a placeholder, a kept
        // joiner would attach to the placeholder's text and be cleaned on a second pass (cleaning must be idempotent).
        let keepsJoiners = !kept.contains { isUnsafe($0) && !isLegitimate($0) }
        for scalar in kept {
            if isUnsafe(scalar) && !(keepsJoiners && isLegitimate(scalar)) {
                output += placeholder(for: scalar)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
    }

    /// ZWJ inside an emoji sequence (👨‍👩‍👧) and tag characters inside a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿) are legitimate; anywhere
    /// else they only hide text. Digits, `#` and `*` count as emoji bases in Unicode, so the base must be beyond ASCII
    /// and Latin-1 (the first such emoji is U+203C).
    private static func isEmojiJoiner(_ scalar: Unicode.Scalar, after first: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200D { return first.properties.isEmoji && first.value >= 0x203C }
        if (0xE0020...0xE007F).contains(scalar.value) { return first.value == 0x1F3F4 }
        return false
    }

    private static func placeholder(for scalar: Unicode.Scalar) -> String {
        let value = scalar.value
        if value < 0x20 {
            // Safe to force unwrap: value + 0x40 is in 0x40...0x5F, all valid scalars.
            return "^" + String(Character(Unicode.Scalar(value + 0x40)!))
        }
        if value == 0x7F { return "^?" }
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
