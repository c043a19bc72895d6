/// The screen shown below the minimum size, saying how big the terminal must be.
enum TooSmallView {
    static func draw(size: TerminalSize, into grid: inout Grid) {
        let minimum = TerminalSize.minimum
        let message = "terminal too small: need at least \(minimum) (now \(size))"
        let lines = TextWrap.wrap(message, width: size.columns)
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let left = max(0, (size.columns - DisplayWidth.of(line)) / 2)
            grid.write(line, row: top + index, column: left, style: Theme.urgent)
        }
    }
}
