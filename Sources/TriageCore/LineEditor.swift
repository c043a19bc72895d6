/// A one-line text field with readline's keys: Ctrl-A/E (start, end), Ctrl-U (to the start), Ctrl-W (the word
/// before the cursor), Ctrl-K (to the end), Left/Right, Backspace and Delete.
public struct LineEditor: Hashable, Sendable {
    /// The text.
    public private(set) var text: String
    /// The insertion point, in characters.
    public private(set) var cursor: Int

    /// Starts editing `text` with the insertion point at `cursor` (clamped).
    public init(text: String, cursor: Int) {
        self.text = text
        self.cursor = min(max(0, cursor), text.count)
    }

    /// Applies one key; `false` when the key is not an editing key (the caller handles it).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character): insert(character)
        case .backspace:
            guard cursor > 0 else { return true }
            remove(from: cursor - 1, to: cursor)
        case .delete:
            guard cursor < text.count else { return true }
            remove(from: cursor, to: cursor + 1)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"): remove(from: 0, to: cursor)
        case .ctrl("k"): remove(from: cursor, to: text.count)
        case .ctrl("w"): remove(from: wordStart(before: cursor), to: cursor)
        default: return false
        }
        return true
    }

    private mutating func insert(_ character: Character) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(character, at: index)
        cursor += 1
    }

    private mutating func remove(from start: Int, to end: Int) {
        let lower = text.index(text.startIndex, offsetBy: start)
        let upper = text.index(text.startIndex, offsetBy: end)
        text.removeSubrange(lower..<upper)
        cursor = start
    }

    /// Where Ctrl-W stops, as in a shell: back over spaces, then over the word.
    private func wordStart(before position: Int) -> Int {
        let characters = Array(text.prefix(position))
        var index = characters.count
        while index > 0, characters[index - 1] == " " { index -= 1 }
        while index > 0, characters[index - 1] != " " { index -= 1 }
        return index
    }
}
