import TriageCore

/// Column widths of the invitation list for a given width; every row uses the same widths, so columns line up
/// whatever the display width of the text in them. Columns that do not fit are dropped in
/// ``ListColumn/dropOrder``.
struct ListColumns {
    /// The tag, new-invitation and likely-duplicate marks before the first column, and a gap after them.
    static let marker = 4

    /// The columns drawn, in order, with their widths (each including a one-cell gap).
    private(set) var columns: [(column: ListColumn, width: Int)]

    init(width: Int, columns wanted: [ListColumn]) {
        let available = max(0, width - Self.marker)
        var kept = wanted
        func needed(_ columns: [ListColumn]) -> Int {
            columns.reduce(0) { $0 + ($1.fixedWidth ?? $1.minimumWidth) }
        }
        for column in ListColumn.dropOrder where needed(kept) > available {
            kept.removeAll { $0 == column }
        }
        var widths = kept.map { $0.fixedWidth ?? $0.minimumWidth }
        var extra = max(0, available - needed(kept))
        // The customer and sender grow to what they usually need; the title, what people scan, takes the rest.
        for (index, column) in kept.enumerated() where column != .title && column.fixedWidth == nil {
            let growth = min(extra / 3, (column.maximumWidth ?? widths[index]) - widths[index])
            widths[index] += growth
            extra -= growth
        }
        if let title = kept.firstIndex(of: .title) { widths[title] += extra }
        self.columns = Array(zip(kept, widths)).map { (column: $0.0, width: $0.1) }
    }

    /// Start column (after the marks) and width of each column, in drawing order.
    var layout: [(column: ListColumn, start: Int, width: Int)] {
        var start = Self.marker
        return columns.map { entry in
            defer { start += entry.width }
            return (entry.column, start, entry.width)
        }
    }
}
