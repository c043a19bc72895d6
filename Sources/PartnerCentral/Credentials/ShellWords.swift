/// Splits a command line into words like Python's `shlex.split` (POSIX mode), which botocore uses for
/// `credential_process`: whitespace separates, quotes group, backslash escapes outside single quotes.
enum ShellWords {
    struct UnterminatedQuote: Error, CustomStringConvertible {
        var description: String { "unterminated quote" }
    }

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaping = false
        for character in line {
            if escaping {
                // Inside double quotes only \ " $ ` and newline are escapable; elsewhere anything is.
                if quote == "\"", !"\\\"$`\n".contains(character) { current.append("\\") }
                current.append(character)
                escaping = false
                continue
            }
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""):
                quote = nil
            case ("'", _):
                current.append(character)
            case ("\"", "\\"), (nil, "\\"):
                escaping = true
                inWord = true
            case ("\"", _):
                current.append(character)
            case (nil, "'"), (nil, "\""):
                quote = character
                inWord = true
            case (nil, _) where character.isWhitespace:
                if inWord { words.append(current) }
                current = ""
                inWord = false
            default:
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil, !escaping else { throw UnterminatedQuote() }
        if inWord { words.append(current) }
        return words
    }
}
