/// A rectangle of the grid that a view draws into.
struct Rect: Hashable {
    var row: Int
    var column: Int
    var width: Int
    var height: Int

    var bottom: Int { row + height }
    var right: Int { column + width }

    /// A rectangle of the given size centred in this one, shrunk to fit.
    func centered(width wanted: Int, height wantedHeight: Int) -> Rect {
        let width = min(wanted, self.width)
        let height = min(wantedHeight, self.height)
        return Rect(
            row: row + (self.height - height) / 2, column: column + (self.width - width) / 2, width: width,
            height: height)
    }
}
