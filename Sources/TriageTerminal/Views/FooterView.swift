import TriageCore

/// The two bottom lines: a status line (filter input, progress, transient messages) and the current screen's keys.
enum FooterView {
    static func draw(_ state: TriageState, statusRow: Int, keysRow: Int, into grid: inout Grid) {
        let width = grid.columns
        drawStatus(state, row: statusRow, width: width, into: &grid)
        var x = 1
        for hint in state.footerHints {
            let action = shortAction(hint)
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
        if parts.isEmpty, width < TriageState.splitViewMinimumCols, !state.isEditingFilter, state.catalog != nil {
            // Narrow terminals have no room for the filters in the header; they show here when nothing else does.
            parts.append((state.filterLabel, Theme.muted))
        }
        for (index, (text, style)) in parts.enumerated() {
            if index > 0 { x += grid.write("  │  ", row: row, column: x, style: Theme.separator) }
            guard x < width - 1 else { break }
            x += grid.write(text, row: row, column: x, maxWidth: width - x - 1, style: style)
        }
    }

    /// The footer names each key with one word; the help overlay has the full sentences.
    static func shortAction(_ hint: HelpEntry) -> String {
        let names: [String: String] = [
            "Enter": "details", "r": "reject", "a": "accept", "Space": "tag", "/": "filter", "f": "status",
            "c": "catalog", "?": "help", "q": "quit", "↑/↓ j/k": "move", "Esc": "back", "n/Esc": "cancel",
            "1-5": "reason", "Backspace": "delete", "↑/↓": "move", "text": "type to filter", "1/2": "pick",
            "Esc/?/q": "close",
        ]
        if hint.label == "y" { return hint.action.split(separator: " ").first.map { $0.lowercased() } ?? "yes" }
        if hint.label == "Enter", hint.action != "Details" {
            return hint.action.split(separator: " ").first.map { $0.lowercased() } ?? "ok"
        }
        if let name = names[hint.label] { return name }
        return hint.action.split(separator: " ").first.map { $0.lowercased() } ?? hint.action
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
