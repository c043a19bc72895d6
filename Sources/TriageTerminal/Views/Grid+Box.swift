extension Grid {
    /// Draws a bordered box with a title in the top border and blanks inside; returns the inner rectangle.
    @discardableResult
    mutating func box(_ rect: Rect, title: String, border: CellStyle, titleStyle: CellStyle) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else {
            return Rect(row: rect.row, column: rect.column, width: 0, height: 0)
        }
        fill(row: rect.row, column: rect.column, width: rect.width, height: rect.height)
        let inner = rect.width - 2
        put("┌", row: rect.row, column: rect.column, style: border)
        put("┐", row: rect.row, column: rect.right - 1, style: border)
        put("└", row: rect.bottom - 1, column: rect.column, style: border)
        put("┘", row: rect.bottom - 1, column: rect.right - 1, style: border)
        for x in (rect.column + 1)..<(rect.right - 1) {
            put("─", row: rect.row, column: x, style: border)
            put("─", row: rect.bottom - 1, column: x, style: border)
        }
        for y in (rect.row + 1)..<(rect.bottom - 1) {
            put("│", row: y, column: rect.column, style: border)
            put("│", row: y, column: rect.right - 1, style: border)
        }
        if inner > 4, !title.isEmpty {
            write(" \(title) ", row: rect.row, column: rect.column + 2, maxWidth: inner - 2, style: titleStyle)
        }
        return Rect(row: rect.row + 1, column: rect.column + 2, width: max(0, rect.width - 4), height: rect.height - 2)
    }
}
