/// A rectangle of cells that views draw into and the backend copies to the screen.
///
/// The grid keeps one invariant: a cell of width 2 is always followed by a continuation cell of width 0 in the
/// same row, and a continuation cell always follows a width-2 cell. Writing over either half of a wide grapheme
/// blanks the other half, as a terminal would.
public struct Grid: Sendable, Hashable {
    /// Number of columns.
    public let columns: Int
    /// Number of rows.
    public let rows: Int
    /// Cells in row-major order.
    public private(set) var cells: [Cell]

    /// Creates a grid filled with one cell (a blank by default; tests use a sentinel to expose untouched cells).
    public init(columns: Int, rows: Int, fill: Cell = .blank()) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        let safeFill = fill.width == 1 ? fill : Cell.blank(fill.style)
        self.cells = Array(repeating: safeFill, count: self.columns * self.rows)
    }

    /// The cell at a position; positions outside the grid read as a blank.
    public subscript(row row: Int, column column: Int) -> Cell {
        guard contains(row: row, column: column) else { return .blank() }
        return cells[row * columns + column]
    }

    /// Whether a position lies inside the grid.
    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }

    // MARK: - Writing cells

    /// Puts one grapheme at a position and returns the columns it used (0 when nothing fits).
    ///
    /// A control character becomes U+FFFD; a wide grapheme in the last column becomes a space.
    @discardableResult
    public mutating func put(_ character: Character, row: Int, column: Int, style: CellStyle = .plain) -> Int {
        guard contains(row: row, column: column) else { return 0 }
        var text = String(character)
        var width = DisplayWidth.of(character)
        if let first = character.unicodeScalars.first, DisplayWidth.isControl(first) {
            text = "\u{FFFD}"
            width = 1
        }
        if width == 0 { return 0 }
        if width == 2, column + 1 >= columns {
            text = " "
            width = 1
        }
        clearHalves(row: row, column: column)
        set(Cell(text: text, width: width, style: style), row: row, column: column)
        if width == 2 {
            clearHalves(row: row, column: column + 1)
            set(Cell(text: "", width: 0, style: style), row: row, column: column + 1)
        }
        return width
    }

    /// Fills a rectangle with blanks in one style, clipped to the grid.
    public mutating func fill(row: Int, column: Int, width: Int, height: Int, style: CellStyle = .plain) {
        let top = max(0, row)
        let bottom = min(rows, row + height)
        let left = max(0, column)
        let right = min(columns, column + width)
        guard top < bottom, left < right else { return }
        for y in top..<bottom {
            clearHalves(row: y, column: left)
            clearHalves(row: y, column: right - 1)
            for x in left..<right {
                set(.blank(style), row: y, column: x)
            }
        }
    }

    /// Changes the style of the cells in a span of one row, keeping their text.
    public mutating func restyle(row: Int, column: Int, width: Int, _ transform: (CellStyle) -> CellStyle) {
        guard row >= 0, row < rows else { return }
        let left = max(0, column)
        let right = min(columns, column + width)
        guard left < right else { return }
        for x in left..<right {
            cells[row * columns + x].style = transform(cells[row * columns + x].style)
        }
    }

    // MARK: - Invariant keeping

    private mutating func set(_ cell: Cell, row: Int, column: Int) {
        cells[row * columns + column] = cell
    }

    /// Before overwriting a cell, blanks the other half of any wide grapheme it belongs to.
    private mutating func clearHalves(row: Int, column: Int) {
        let cell = self[row: row, column: column]
        if cell.isContinuation, column > 0 {
            let left = self[row: row, column: column - 1]
            set(.blank(left.style), row: row, column: column - 1)
            set(.blank(cell.style), row: row, column: column)
        } else if cell.width == 2, column + 1 < columns {
            let right = self[row: row, column: column + 1]
            set(.blank(right.style), row: row, column: column + 1)
        }
    }
}
