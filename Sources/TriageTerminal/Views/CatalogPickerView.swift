import TriageCore

/// The catalog picker: `AWS` (production, in the warning colour) or `Sandbox`.
enum CatalogPickerView {
    static let choices: [(name: String, note: String, style: CellStyle)] = [
        ("AWS", "production: real customers, decisions are final", Theme.production),
        ("Sandbox", "testing data", Theme.plain),
    ]

    static func draw(_ state: TriageState, selection: Int, in rect: Rect, into grid: inout Grid) {
        let box = rect.centered(width: 66, height: choices.count + 6)
        let inner = grid.box(box, title: "Choose a catalog", border: Theme.dialogBorder, titleStyle: Theme.title)
        guard inner.height > 0 else { return }
        for (index, choice) in choices.enumerated() {
            let y = inner.row + 1 + index
            let selected = index == selection
            let rowStyle = selected ? Theme.selection : Theme.plain
            grid.fill(row: y, column: inner.column, width: inner.width, height: 1, style: rowStyle)
            var x = inner.column + 1
            x += grid.write("\(index + 1)  ", row: y, column: x, style: rowStyle.adding(.bold))
            let nameStyle = selected ? choice.style.adding(.reverse) : choice.style
            x += grid.write(choice.name, row: y, column: x, maxWidth: 9, style: nameStyle, pad: true)
            grid.write(choice.note, row: y, column: x + 1, maxWidth: inner.right - x - 1, style: rowStyle)
        }
        grid.write(
            "1/2 or ↑/↓ and Enter", row: inner.bottom - 1, column: inner.column + 1, maxWidth: inner.width - 1,
            style: Theme.muted)
    }
}
