import TriageCore

/// The two bottom lines: a status line (filter input, progress, transient messages) and the current screen's keys.
enum FooterView {
    static func draw(
        _ state: TriageState, statusRow: Int, keysRow: Int,
        keyLabels: (ScreenKind, [HelpEntry]) -> [HelpEntry] = { $1 }, into grid: inout Grid
    ) {
        let width = grid.columns
        drawStatus(state, row: statusRow, width: width, into: &grid)
        // `?` and `q` are kept whatever the width: help is how every other key is found, and quit must be findable.
        // Which hints those are is read from the core's own labels, since the config file may move either key.
        let own = state.footerHints
        let shown = keyLabels(state.activeKind, own)
        let hints = shown.count == own.count ? Array(zip(own, shown)) : shown.map { ($0, $0) }
        let isKept = { (hint: (HelpEntry, HelpEntry)) in hint.0.label == "?" || hint.0.label == "q" }
        let keptWidth = hints.filter(isKept).map { hintWidth($0.1) }.reduce(0, +)
        var x = 1
        var room = width - keptWidth
        for hint in hints where !isKept(hint) {
            guard x + hintWidth(hint.1) <= room else {
                room = 0
                continue
            }
            x += drawHint(hint.1, row: keysRow, column: x, into: &grid)
        }
        for hint in hints where isKept(hint) && x + hintWidth(hint.1) <= width {
            x += drawHint(hint.1, row: keysRow, column: x, into: &grid)
        }
    }

    private static func hintWidth(_ hint: HelpEntry) -> Int {
        DisplayWidth.of(hint.label) + 1 + DisplayWidth.of(hint.action) + 2
    }

    private static func drawHint(_ hint: HelpEntry, row: Int, column: Int, into grid: inout Grid) -> Int {
        var x = column
        x += grid.write(hint.label, row: row, column: x, style: Theme.key)
        x += grid.write(" ", row: row, column: x)
        x += grid.write(hint.action, row: row, column: x, style: Theme.muted)
        x += grid.write("  ", row: row, column: x)
        return x - column
    }

    private static func drawStatus(_ state: TriageState, row: Int, width: Int, into grid: inout Grid) {
        var x = 1
        if state.isEditingFilter {
            x += grid.write("/", row: row, column: x, style: Theme.key)
            // The caret sits where typing goes (Ctrl-A, Ctrl-E and the arrows move it).
            let before = String(state.textFilter.prefix(state.filterCursor))
            let after = String(state.textFilter.dropFirst(state.filterCursor))
            let room = max(0, width / 2 - 2)
            x += grid.write(before, row: row, column: x, maxWidth: room)
            x += grid.write("▏", row: row, column: x, style: Theme.key)
            x += grid.write(after, row: row, column: x, maxWidth: max(0, room - DisplayWidth.of(before)))
            x += 2
        }
        var parts: [(String, CellStyle)] = []
        if let progress = state.progressLine {
            parts.append((progress, Theme.warning))
        }
        if let notice = state.connectionNotice {
            parts.append((notice.text, Theme.warning))
        }
        if let footer = state.footer {
            parts.append((footer.text, style(footer.severity)))
        }
        if parts.isEmpty, let error = state.listError {
            parts.append((error, Theme.danger))
        }
        // When the header has no room for the filters they live here: on their own, or at the right beside a
        // message when both fit, so a message never hides which invitations the list shows for long.
        let showsFilterHere =
            !HeaderView.showsFilter(state, width: width) && !state.isEditingFilter && state.catalog != nil
        if parts.isEmpty, showsFilterHere {
            parts.append((state.filterLabel, Theme.muted))
        }
        for (index, (text, style)) in parts.enumerated() {
            if index > 0 { x += grid.write("  │  ", row: row, column: x, style: Theme.separator) }
            guard x < width - 1 else { break }
            x += grid.write(text, row: row, column: x, maxWidth: width - x - 1, style: style)
        }
        let filterWidth = DisplayWidth.of(state.filterLabel)
        if showsFilterHere, parts.first?.0 != state.filterLabel, x + 4 + filterWidth <= width - 1 {
            grid.write(state.filterLabel, row: row, column: width - 1 - filterWidth, style: Theme.muted)
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
