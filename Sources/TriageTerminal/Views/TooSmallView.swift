import TriageCore

/// The screen shown below the minimum size: how big the terminal must be, and the one thing that still works,
/// quitting (with its question, when a decision is still being sent).
enum TooSmallView {
    static func draw(_ state: TriageState, size: TerminalSize, into grid: inout Grid) {
        let minimum = TerminalSize.minimum
        var lines: [(String, CellStyle)] = TextWrap.wrap(
            "terminal too small: need at least \(minimum) (now \(size))", width: size.columns
        ).map { ($0, Theme.urgent) }
        let question =
            state.hasWritesInFlight
            ? "A decision is still being sent. Quit anyway?" : "A confirmed reject is waiting. Quit and not send it?"
        let hint = state.screen == .quitConfirm ? "\(question) y quit · n stay" : "q quit"
        lines.append(("", Theme.plain))
        lines += TextWrap.wrap(hint, width: size.columns).map { ($0, Theme.key) }
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let left = max(0, (size.columns - DisplayWidth.of(line.0)) / 2)
            grid.write(line.0, row: top + index, column: left, style: line.1)
        }
    }
}
