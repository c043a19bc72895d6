/// The size of the terminal in character cells.
public struct TerminalSize: Sendable, Hashable, CustomStringConvertible {
    /// Columns.
    public var columns: Int
    /// Rows.
    public var rows: Int

    /// Creates a size.
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The smallest size the UI lays out in; below it the screen asks for a bigger terminal.
    public static let minimum = TerminalSize(columns: 80, rows: 20)

    /// Whether this size is at least ``minimum`` in both directions.
    public var isUsable: Bool { columns >= Self.minimum.columns && rows >= Self.minimum.rows }

    /// "80×24".
    public var description: String { "\(columns)×\(rows)" }
}
