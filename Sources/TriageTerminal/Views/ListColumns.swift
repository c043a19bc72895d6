/// Column widths of the invitation list for a given width; every row uses the same widths, so columns line up
/// whatever the display width of the text in them.
struct ListColumns: Equatable {
    static let marker = 2
    static let status = 11
    static let type = 12
    static let invited = 11
    static let expires = 9

    var title: Int
    var sender: Int

    init(width: Int) {
        let fixed = Self.marker + Self.status + Self.type + Self.invited + Self.expires
        let flexible = max(0, width - fixed)
        // The title is what people scan, so it gets the larger share; the sender needs about 20 columns.
        sender = min(max(flexible * 2 / 5, 8), 32)
        title = max(0, flexible - sender)
    }

    /// Start column and width of each column, in drawing order.
    var layout: [(start: Int, width: Int)] {
        var start = 0
        var result: [(Int, Int)] = []
        for width in [Self.marker, Self.status, Self.type, title, sender, Self.invited, Self.expires] {
            result.append((start, width))
            start += width
        }
        return result
    }
}
