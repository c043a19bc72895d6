import TriageCore

/// The top line: tool name, catalog (production in the warning colour), identity, counts, filters, loading.
enum HeaderView {
    static func draw(_ state: TriageState, row: Int, into grid: inout Grid) {
        let width = grid.columns
        var right = state.countsLabel
        if state.isLoadingFirstPage {
            right += " · loading…"
        } else if state.isLoadingMore {
            right += " · loading more…"
        }
        if width >= TriageState.splitViewMinimumCols {
            right = state.filterLabel + "  │  " + right
        }
        let rightWidth = min(DisplayWidth.of(right), max(0, width / 2))
        var column = 1
        column += grid.write("partner-triage", row: row, column: column, style: Theme.toolName)
        column += grid.write(" │ ", row: row, column: column, style: Theme.separator)
        switch state.catalog {
        case .aws:
            column += grid.write("AWS (production)", row: row, column: column, style: Theme.production)
        case .sandbox:
            column += grid.write("Sandbox", row: row, column: column, style: Theme.title)
        case nil:
            column += grid.write("no catalog", row: row, column: column, style: Theme.muted)
        }
        let identitySpace = width - column - rightWidth - 4
        if identitySpace > 4, !state.identityLabel.isEmpty {
            column += grid.write(" │ ", row: row, column: column, style: Theme.separator)
            grid.write(state.identityLabel, row: row, column: column, maxWidth: identitySpace - 3)
        }
        if rightWidth > 0 {
            grid.write(right, row: row, column: width - rightWidth - 1, maxWidth: rightWidth)
        }
    }
}
