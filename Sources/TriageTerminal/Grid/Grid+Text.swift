extension Grid {
    /// Writes text from a position within a display width, truncating with an ellipsis, and returns the columns used.
    ///
    /// The width is also clipped at the grid's right edge. A wide grapheme that would straddle the limit is
    /// replaced by a space. With `pad`, the rest of the width is filled with blanks in the same style, so a
    /// column or a highlighted row is painted completely.
    ///
    /// - Parameters:
    ///   - text: The text; newlines and other controls are drawn as placeholders, never interpreted.
    ///   - row: Row to write in.
    ///   - column: First column.
    ///   - maxWidth: Columns available; `nil` means up to the right edge.
    ///   - style: Style of every written cell.
    ///   - pad: Whether to fill the unused rest of `maxWidth` with blanks.
    /// - Returns: Columns used, including padding.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol,
        row: Int,
        column: Int,
        maxWidth: Int? = nil,
        style: CellStyle = .plain,
        pad: Bool = false
    ) -> Int {
        guard row >= 0, row < rows, column < columns else { return 0 }
        var start = column
        var limit = min(maxWidth ?? (columns - column), columns - column)
        if start < 0 {
            // Text starting left of the grid is clipped; keep the arithmetic simple by skipping columns.
            limit += start
            start = 0
        }
        guard limit > 0 else { return 0 }
        let total = DisplayWidth.of(text)
        let budget = total <= limit ? limit : limit - 1
        var used = 0
        for character in text {
            let width = DisplayWidth.of(character)
            if width == 0 { continue }
            if used + width > budget { break }
            used += put(character, row: row, column: start + used, style: style)
        }
        if total > limit {
            // A wide grapheme that did not fit before the ellipsis leaves a gap: spaces keep columns aligned.
            while used < limit - 1 {
                used += put(" ", row: row, column: start + used, style: style)
            }
            used += put("\u{2026}", row: row, column: start + used, style: style)
        }
        if pad {
            while used < limit {
                used += put(" ", row: row, column: start + used, style: style)
            }
        }
        return used
    }

    /// The text of one row, continuation cells skipped, so a wide grapheme shows once.
    public func text(ofRow row: Int) -> String {
        var line = ""
        for column in 0..<columns {
            let cell = self[row: row, column: column]
            if !cell.isContinuation {
                line += cell.text
            }
        }
        return line
    }
}
