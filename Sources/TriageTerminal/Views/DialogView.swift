import TriageCore

/// Modal layers drawn over the screen: reason menu, confirmations, help, quit question.
enum DialogView {
    static func draw(
        _ layer: Screen, state: TriageState, in rect: Rect,
        keyLabels: (ScreenKind, [HelpEntry]) -> [HelpEntry] = { $1 }, into grid: inout Grid
    ) {
        switch layer {
        case .rejectReasonMenu(let selection, let targets):
            reasonMenu(
                selection: selection, count: targets.count,
                reasons: state.reasonMenuOrder(targets: targets).map(\.rawValue), in: rect, into: &grid)
        case .confirmReject(let confirmation), .confirmAccept(let confirmation):
            confirm(confirmation, in: rect, into: &grid)
        case .help(let kind):
            // The footer stays visible below the help, to show how to scroll and close it.
            let above = Rect(row: rect.row, column: rect.column, width: rect.width, height: max(0, rect.height - 1))
            help(keyLabels(kind, helpEntries(for: kind)), scroll: state.helpScroll, in: above, into: &grid)
        case .quitConfirm:
            // A reject still in its grace window is simply not sent: say so, as that is what quitting does to it.
            let lines: [(String, CellStyle)] =
                state.hasWritesInFlight
                ? [
                    ("A reject or accept is still being sent.", Theme.plain),
                    ("Quit anyway? Requests in flight finish unseen.", Theme.plain),
                    ("", Theme.plain),
                    ("y quit · n/Esc stay", Theme.key),
                ]
                : [
                    ("A confirmed reject is waiting to be sent.", Theme.plain),
                    ("Quit now and it is not sent.", Theme.plain),
                    ("", Theme.plain),
                    ("y quit · n/Esc stay", Theme.key),
                ]
            dialog(title: "Quit?", lines: lines, border: Theme.dialogDangerBorder, in: rect, into: &grid)
        case .mfaCode(let prompt, let entered):
            mfaCode(prompt: prompt, entered: entered, in: rect, into: &grid)
        case .assignMenu(let selection, let targets):
            var lines: [(String, CellStyle)] = state.roster.prefix(9).enumerated().map { index, person in
                ("\(index + 1)  \(person.label)", index == selection ? Theme.selection : Theme.plain)
            }
            lines += [("", Theme.plain), ("1-9 or ↑/↓ Enter · Esc cancel", Theme.muted)]
            let title = targets.count > 1 ? "Assign \(targets.count) opportunities to" : "Assign the opportunity to"
            dialog(title: title, lines: lines, border: Theme.dialogBorder, in: rect, into: &grid)
        case .confirmAssign(let person, let targets):
            let lines = state.assignConfirmationLines(person: person, targets: targets).map { line in
                (line, line.hasPrefix("y assign") ? Theme.key : Theme.plain)
            }
            let title = targets.count > 1 ? "Assign \(targets.count) opportunities?" : "Assign this opportunity?"
            dialog(title: title, lines: lines, border: Theme.dialogDangerBorder, in: rect, into: &grid)
        case .catalogPicker, .list, .details:
            break
        }
    }

    private static func reasonMenu(
        selection: Int, count: Int, reasons: [String], in rect: Rect, into grid: inout Grid
    ) {
        let title = count > 1 ? "Reject \(count) invitations: reason" : "Reject: choose a reason"
        let box = rect.centered(width: 46, height: reasons.count + 5)
        let inner = grid.box(box, title: title, border: Theme.dialogDangerBorder, titleStyle: Theme.title)
        guard inner.height > 0 else { return }
        for (index, reason) in reasons.enumerated() {
            let y = inner.row + 1 + index
            guard y < inner.bottom else { break }
            let style = index == selection ? Theme.selection : Theme.plain
            grid.fill(row: y, column: inner.column, width: inner.width, height: 1, style: style)
            grid.write("\(index + 1)  ", row: y, column: inner.column + 1, style: style.adding(.bold))
            grid.write(reason, row: y, column: inner.column + 4, maxWidth: inner.width - 5, style: style)
        }
        grid.write(
            "1-5 or ↑/↓ Enter · Esc cancel", row: inner.bottom - 1, column: inner.column + 1,
            maxWidth: inner.width - 1, style: Theme.muted)
    }

    /// The prompt, the digits typed so far padded with `_` to the code's length, and the keys.
    private static func mfaCode(prompt: String, entered: String, in rect: Rect, into grid: inout Grid) {
        let blanks = String(repeating: "_", count: max(0, TriageState.mfaCodeLength - entered.count))
        let lines: [(String, CellStyle)] = [
            (prompt, Theme.plain),
            ("", Theme.plain),
            ("Code: \(entered)\(blanks)", Theme.key),
            ("", Theme.plain),
            ("Enter send · Esc cancel", Theme.muted),
        ]
        dialog(title: "MFA code", lines: lines, border: Theme.dialogBorder, in: rect, into: &grid)
    }

    private static func confirm(_ confirmation: DecisionConfirmation, in rect: Rect, into grid: inout Grid) {
        let lines: [(String, CellStyle)] = confirmation.lines.map { line in
            if line.hasPrefix("Catalog:"), confirmation.isProduction { return (line, Theme.production) }
            if line.contains("cannot be undone") { return (line, Theme.danger) }
            if line.hasPrefix("y ") { return (line, Theme.key) }
            return (line, Theme.plain)
        }
        dialog(title: confirmation.title, lines: lines, border: Theme.dialogDangerBorder, in: rect, into: &grid)
    }

    private static func help(_ all: [HelpEntry], scroll: Int, in rect: Rect, into grid: inout Grid) {
        let labelWidth = (all.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        let actionWidth = all.map { DisplayWidth.of($0.action) }.max() ?? 0
        let box = rect.centered(width: labelWidth + actionWidth + 6, height: all.count + 4)
        let visible = max(0, box.height - 4)
        let first = min(max(0, scroll), max(0, all.count - visible))
        let entries = all.dropFirst(first).prefix(visible)
        // When the help does not fit, the title says which lines are shown and that ↑↓ scroll.
        let title = visible < all.count ? "Keys \(first + 1)–\(first + entries.count) of \(all.count) ↑↓" : "Keys"
        let inner = grid.box(box, title: title, border: Theme.dialogBorder, titleStyle: Theme.title)
        guard inner.height > 0 else { return }
        for (index, entry) in entries.enumerated() {
            let y = inner.row + 1 + index
            guard y < inner.bottom else { break }
            grid.write(entry.label, row: y, column: inner.column, maxWidth: labelWidth, style: Theme.key)
            grid.write(
                entry.action, row: y, column: inner.column + labelWidth, maxWidth: inner.width - labelWidth,
                style: Theme.plain)
        }
    }

    /// A centred box sized to its lines, wrapped to at most 72 columns.
    private static func dialog(
        title: String, lines: [(String, CellStyle)], border: CellStyle, in rect: Rect, into grid: inout Grid
    ) {
        let maxInner = min(72, rect.width - 8)
        guard maxInner > 0 else { return }
        var wrapped: [(String, CellStyle)] = []
        for (text, style) in lines {
            let parts = TextWrap.wrap(text, width: maxInner)
            if parts.isEmpty { wrapped.append(("", style)) }
            for part in parts { wrapped.append((part, style)) }
        }
        let contentWidth = max(
            wrapped.map { DisplayWidth.of($0.0) }.max() ?? 0, DisplayWidth.of(title) + 2)
        let box = rect.centered(width: min(maxInner, contentWidth) + 4, height: wrapped.count + 4)
        let inner = grid.box(box, title: title, border: border, titleStyle: Theme.title)
        for (index, (text, style)) in wrapped.enumerated() {
            let y = inner.row + 1 + index
            guard y < inner.bottom else { break }
            grid.write(text, row: y, column: inner.column, maxWidth: inner.width, style: style)
        }
    }
}

/// The five documented reasons as the menu lists them, in the order of the digit keys.
enum RejectionReasonLabels {
    static let all = [
        "Customer problem unclear", "Next steps unclear", "Unable to support", "Duplicate of partner referral",
        "Other",
    ]
}
