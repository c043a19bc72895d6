import TriageCore

/// Renders the whole screen for a state: a pure function from ``TriageState`` to ``Grid``.
///
/// ```swift
/// let grid = TriageView.render(state)  // uses state.cols × state.rows
/// backend.draw(grid)
/// ```
public enum TriageView {
    /// Draws `state` into a new grid.
    ///
    /// Every cell is painted; tests pass a sentinel `fill` to prove it.
    /// - Parameters:
    ///   - state: What to draw.
    ///   - size: The grid size; defaults to the state's terminal size.
    ///   - fill: The cell the grid starts with.
    ///   - keyLabels: Rewrites the help and footer entries of a screen before they are drawn, so keys remapped by
    ///     the config file show as the keys that do the action; the default draws the core's own.
    /// - Returns: The screen.
    public static func render(
        _ state: TriageState, size: TerminalSize? = nil, fill: Cell = .blank(),
        keyLabels: (ScreenKind, [HelpEntry]) -> [HelpEntry] = { $1 }
    ) -> Grid {
        let size = size ?? TerminalSize(columns: state.cols, rows: state.rows)
        var grid = Grid(columns: size.columns, rows: size.rows, fill: fill)
        guard size.columns > 0, size.rows > 0 else { return grid }
        grid.fill(row: 0, column: 0, width: size.columns, height: size.rows)
        guard size.isUsable else {
            TooSmallView.draw(state, size: size, into: &grid)
            return grid
        }
        let full = Rect(row: 0, column: 0, width: size.columns, height: size.rows)
        HeaderView.draw(state, row: 0, into: &grid)
        let body = Rect(row: 1, column: 0, width: size.columns, height: size.rows - 3)
        switch state.baseScreen {
        case .catalogPicker(let selection):
            CatalogPickerView.draw(state, selection: selection, in: body, into: &grid)
        case .details(let id):
            DetailsView.draw(state, id: id, scroll: state.detailsScroll, in: body, into: &grid)
        default:
            if state.isSplitView {
                let detailsWidth = max(56, size.columns * 2 / 5)
                let listRect = Rect(row: 1, column: 0, width: size.columns - detailsWidth - 1, height: body.height)
                ListView.draw(state, in: listRect, into: &grid)
                for y in body.row..<body.bottom {
                    grid.put("│", row: y, column: listRect.right, style: Theme.separator)
                }
                let detailsRect = Rect(row: 1, column: listRect.right + 2, width: detailsWidth - 2, height: body.height)
                if let row = state.selectedRow {
                    DetailsView.draw(state, id: row.id, scroll: 0, in: detailsRect, into: &grid)
                }
            } else {
                ListView.draw(state, in: body, into: &grid)
            }
        }
        FooterView.draw(state, statusRow: size.rows - 2, keysRow: size.rows - 1, keyLabels: keyLabels, into: &grid)
        for layer in state.stack where layer.isModal {
            DialogView.draw(layer, state: state, in: full, keyLabels: keyLabels, into: &grid)
        }
        return grid
    }

    /// How far the full-screen details can scroll at the state's size, for the core's
    /// `.detailsScrollLimit(id:maxScroll:)`; `nil` when no full-screen details are shown.
    public static func detailsScrollLimit(_ state: TriageState) -> (id: String, maxScroll: Int)? {
        guard case .details(let id) = state.baseScreen, !state.isTooSmall else { return nil }
        let body = Rect(row: 1, column: 0, width: state.cols, height: state.rows - 3)
        let lines = DetailsView.lines(state, id: id, width: body.width)
        return (id, DetailsView.maxScroll(lineCount: lines.count, height: body.height))
    }
}
