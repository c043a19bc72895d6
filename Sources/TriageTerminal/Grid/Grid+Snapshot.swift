extension Grid {
    /// The grid's text, one line per row, for golden files; wide graphemes show once, so lines align in an editor.
    public func textSnapshot() -> String {
        (0..<rows).map { text(ofRow: $0) }.joined(separator: "\n") + "\n"
    }

    /// The grid's styles, one character per cell, for golden files kept beside the text.
    ///
    /// `.` is the plain style; other styles get letters in a fixed order (sorted by their description), listed in a
    /// legend below the rows, so the layer stays stable when unrelated styles appear or disappear.
    public func styleSnapshot() -> String {
        let used = Set(cells.map(\.style)).subtracting([.plain])
        let ordered = used.sorted { $0.snapshotDescription < $1.snapshotDescription }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var code: [CellStyle: Character] = [.plain: "."]
        for (index, style) in ordered.enumerated() {
            code[style] = index < letters.count ? letters[index] : "?"
        }
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                line.append(code[self[row: row, column: column].style] ?? "?")
            }
            lines.append(line)
        }
        lines.append("--")
        for style in ordered {
            lines.append("\(code[style] ?? "?") = \(style.snapshotDescription)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CellStyle {
    /// "fg=warning bg=standard bold reverse".
    var snapshotDescription: String {
        var parts = ["fg=\(foreground)", "bg=\(background)"]
        if attributes.contains(.bold) { parts.append("bold") }
        if attributes.contains(.dim) { parts.append("dim") }
        if attributes.contains(.reverse) { parts.append("reverse") }
        if attributes.contains(.underline) { parts.append("underline") }
        return parts.joined(separator: " ")
    }
}
