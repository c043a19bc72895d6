/// One screen cell: a grapheme with its display width, or the right half of a wide grapheme.
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn here; empty for the continuation half of a wide grapheme.
    public var text: String
    /// Display columns the grapheme occupies (1 or 2); 0 for a continuation cell.
    public var width: Int
    /// How the cell is drawn.
    public var style: CellStyle

    /// Creates a cell.
    public init(text: String, width: Int, style: CellStyle = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: CellStyle = .plain) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }

    /// Whether this cell is the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }
}
