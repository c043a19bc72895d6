import TriageCore

/// The invitation list: column headings and one line per visible row, selection in reverse video.
enum ListView {
    static func draw(_ state: TriageState, in rect: Rect, into grid: inout Grid) {
        guard rect.height > 0, rect.width > 0 else { return }
        let layout = ListColumns(width: rect.width, columns: state.shownColumns).layout
        grid.fill(row: rect.row, column: rect.column, width: rect.width, height: 1, style: Theme.columnHeading)
        for (column, start, width) in layout {
            let heading = column == .spend ? "SPEND/MO" : column.heading
            grid.write(
                heading, row: rect.row, column: rect.column + start, maxWidth: width - 1, style: Theme.columnHeading)
        }
        let listTop = rect.row + 1
        let listHeight = rect.height - 1
        guard listHeight > 0 else { return }
        if state.visibleRows.isEmpty {
            drawEmpty(state, row: listTop + 1, in: rect, into: &grid)
            return
        }
        let first = max(0, min(state.scrollOffset, state.visibleRows.count - 1))
        for line in 0..<listHeight {
            let index = first + line
            guard index < state.visibleRows.count else { break }
            drawRow(
                state.visibleRows[index], state: state, selected: index == state.cursor, row: listTop + line,
                left: rect.column, width: rect.width, layout: layout, into: &grid)
        }
    }

    private static func drawEmpty(_ state: TriageState, row: Int, in rect: Rect, into grid: inout Grid) {
        let text: String
        var style = Theme.muted
        if let error = state.listError {
            text = "Could not list invitations: \(error)"
            style = Theme.danger
        } else if state.isLoadingFirstPage {
            text = "Loading invitations…"
        } else if state.catalog == nil {
            text = "Choose a catalog with c."
        } else if !state.textFilter.isEmpty {
            text = "No invitation matches /\(state.textFilter)."
        } else {
            text = "No \(state.query.status == .all ? "" : state.query.status.rawValue + " ")invitations."
        }
        for (offset, line) in TextWrap.wrap(text, width: rect.width - 4).prefix(3).enumerated() {
            grid.write(line, row: row + offset, column: rect.column + 2, maxWidth: rect.width - 4, style: style)
        }
    }

    private static func drawRow(
        _ row: InvitationRow, state: TriageState, selected: Bool, row y: Int, left: Int, width: Int,
        layout: [(column: ListColumn, start: Int, width: Int)], into grid: inout Grid
    ) {
        let base = selected ? Theme.selection : Theme.plain
        grid.fill(row: y, column: left, width: width, height: 1, style: base)
        let tagged = state.tagged.contains(row.id)
        let expiry = row.expiry(now: state.now)
        let (statusText, statusStyle) = status(of: row, activity: state.rowActivity[row.id])
        // Urgency is for what still needs an answer: a decided row's expiry is only a fact.
        let expiryStyle: CellStyle =
            switch expiry.urgency {
            case _ where !row.isPending: Theme.muted
            case .urgent: Theme.urgent
            case .expired, .unknown: Theme.muted
            case .normal: Theme.plain
            }
        let isNew = state.newIDs.contains(row.id)
        // Only pending rows: a duplicate matters while the invitation can still be answered.
        let isDuplicate = row.isPending && state.likelyDuplicate(of: row.id) != nil
        // An absent mark is a plain blank, so a selected row shows no coloured blocks where marks could be.
        let marks: [(String, CellStyle)] = [
            tagged ? ("*", Theme.key) : (" ", Theme.plain), isNew ? ("●", Theme.newMark) : (" ", Theme.plain),
            isDuplicate ? ("≈", Theme.urgent) : (" ", Theme.plain),
        ]
        for (offset, (text, style)) in marks.enumerated() {
            grid.write(
                text, row: y, column: left + offset, maxWidth: 1, style: selected ? style.adding(.reverse) : style)
        }
        let facts = state.rowFacts[row.id]
        // A fact still on its way shows as a muted ellipsis, so an empty cell means the service sent nothing.
        let pending: (String, CellStyle) = state.details[row.id] == .loading ? ("…", Theme.muted) : ("", Theme.plain)
        func fact(_ value: String?) -> (String, CellStyle) {
            guard let value else { return facts == nil ? pending : ("—", Theme.muted) }
            return (value, Theme.plain)
        }
        for (column, start, columnWidth) in layout {
            let (text, style): (String, CellStyle) =
                switch column {
                case .status: (statusText, statusStyle)
                case .type: (row.typeLabel, Theme.plain)
                case .title: (row.title, tagged ? Theme.title : Theme.plain)
                case .customer: fact(facts?.customer)
                case .sender: (row.sender, Theme.plain)
                case .spend: fact(facts?.spend?.text)
                case .score: fact(facts?.score)
                case .country: fact(facts?.country)
                case .invited: (row.invitedText, Theme.plain)
                case .expires: (expiry.text, expiryStyle)
                }
            let cellStyle = selected ? style.adding(.reverse) : style
            grid.write(text, row: y, column: left + start, maxWidth: max(0, columnWidth - 1), style: cellStyle)
        }
    }

    /// The status column: the row's own outcome when something is happening to it, else the service status.
    static func status(of row: InvitationRow, activity: RowActivity?) -> (String, CellStyle) {
        switch activity {
        case .waiting(let decision): return (decision == .accept ? "to accept" : "to reject", Theme.warning)
        case .queued: return ("queued", Theme.muted)
        case .sending(let decision): return (decision == .accept ? "accepting…" : "rejecting…", Theme.warning)
        case .accepting: return ("accepting…", Theme.warning)
        case .failed: return ("FAILED", Theme.danger)
        case nil: break
        }
        return (row.statusLabel, statusStyle(row.statusLabel))
    }

    /// The colour of a service status, by its label.
    static func statusStyle(_ label: String) -> CellStyle {
        switch label {
        case "PENDING": Theme.plain
        case "ACCEPTED": Theme.success
        case "REJECTED": Theme.danger
        default: Theme.muted
        }
    }
}
