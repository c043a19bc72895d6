import TriageCore

/// The two bottom lines: a status line (filter input, progress, transient messages) and the current screen's keys.
enum FooterView {
    static func draw(_ state: TriageState, statusRow: Int, keysRow: Int, into grid: inout Grid) {
        let width = grid.columns
        drawStatus(state, row: statusRow, width: width, into: &grid)
        var x = 1
        for hint in state.footerHints {
            let action = hint.action
            let needed = DisplayWidth.of(hint.label) + 1 + DisplayWidth.of(action) + 2
            guard x + needed <= width else { break }
            x += grid.write(hint.label, row: keysRow, column: x, style: Theme.key)
            x += grid.write(" ", row: keysRow, column: x)
            x += grid.write(action, row: keysRow, column: x, style: Theme.muted)
            x += grid.write("  ", row: keysRow, column: x)
        }
    }

    private static func drawStatus(_ state: TriageState, row: Int, width: Int, into grid: inout Grid) {
        var x = 1
        if state.isEditingFilter {
            x += grid.write("/", row: row, column: x, style: Theme.key)
            x += grid.write(state.textFilter, row: row, column: x, maxWidth: max(0, width / 2 - 2))
            x += grid.write("▏", row: row, column: x, style: Theme.key)
            x += 2
        }
        var parts: [(String, CellStyle)] = []
        if let progress = state.progressLine {
            parts.append((progress, Theme.warning))
        }
        if let footer = state.footer {
            parts.append((footer.text, style(footer.severity)))
        }
        if parts.isEmpty, let error = state.listError {
            parts.append((error, Theme.danger))
        }
        if parts.isEmpty, !HeaderView.showsFilter(state, width: width), !state.isEditingFilter, state.catalog != nil {
            // When the header has no room for the filters, they show here whenever nothing else does.
            parts.append((state.filterLabel, Theme.muted))
        }
        for (index, (text, style)) in parts.enumerated() {
            if index > 0 { x += grid.write("  │  ", row: row, column: x, style: Theme.separator) }
            guard x < width - 1 else { break }
            x += grid.write(text, row: row, column: x, maxWidth: width - x - 1, style: style)
        }
    }

    private static func style(_ severity: FooterMessage.Severity) -> CellStyle {
        switch severity {
        case .info: Theme.info
        case .success: Theme.success
        case .warning: Theme.urgent
        case .error: Theme.danger
        }
    }
}
