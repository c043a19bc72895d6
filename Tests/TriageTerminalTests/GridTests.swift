import Testing

@testable import TriageTerminal

@Suite struct GridTests {
    @Test func writesTextAndReportsColumnsUsed() {
        var grid = Grid(columns: 10, rows: 1, fill: Cell(text: "~", width: 1))
        let used = grid.write("abc", row: 0, column: 2)
        #expect(used == 3)
        #expect(grid.text(ofRow: 0) == "~~abc~~~~~")
    }

    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(columns: 6, rows: 1, fill: Cell(text: "~", width: 1))
        let used = grid.write("日本", row: 0, column: 0)
        #expect(used == 4)
        #expect(grid[row: 0, column: 0].width == 2)
        #expect(grid[row: 0, column: 1].isContinuation)
        #expect(grid.text(ofRow: 0) == "日本~~")
    }

    @Test func truncatesWithEllipsisAtDisplayWidth() {
        var grid = Grid(columns: 10, rows: 1, fill: Cell(text: "~", width: 1))
        let used = grid.write("abcdefgh", row: 0, column: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(grid.text(ofRow: 0) == "abcd…~~~~~")
    }

    @Test func wideCharacterThatWouldStraddleTheEllipsisBecomesASpace() {
        var grid = Grid(columns: 10, rows: 1, fill: Cell(text: "~", width: 1))
        // 4 columns available: "ab" (2) + "日" would need columns 2-3, leaving none for the ellipsis.
        let used = grid.write("ab日本", row: 0, column: 0, maxWidth: 4)
        #expect(used == 4)
        #expect(grid.text(ofRow: 0) == "ab …~~~~~~")
    }

    @Test func textThatFitsExactlyIsNotTruncated() {
        var grid = Grid(columns: 4, rows: 1)
        grid.write("日本", row: 0, column: 0, maxWidth: 4)
        #expect(grid.text(ofRow: 0) == "日本")
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var grid = Grid(columns: 3, rows: 1, fill: Cell(text: "~", width: 1))
        grid.put("日", row: 0, column: 2)
        #expect(grid.text(ofRow: 0) == "~~ ")
        #expect(grid[row: 0, column: 2].width == 1)
    }

    @Test func clippingAtTheGridEdgeUsesTheEllipsis() {
        var grid = Grid(columns: 5, rows: 1)
        grid.write("abcdefgh", row: 0, column: 1)
        #expect(grid.text(ofRow: 0) == " abc…")
    }

    @Test func paddingFillsTheRestOfTheWidth() {
        var grid = Grid(columns: 8, rows: 1, fill: Cell(text: "~", width: 1))
        let style = CellStyle(attributes: .reverse)
        let used = grid.write("ab", row: 0, column: 1, maxWidth: 5, style: style, pad: true)
        #expect(used == 5)
        #expect(grid.text(ofRow: 0) == "~ab   ~~")
        #expect((1...5).allSatisfy { grid[row: 0, column: $0].style == style })
        #expect(grid[row: 0, column: 6].style == .plain)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(columns: 4, rows: 1, fill: Cell(text: "~", width: 1))
        grid.write("日本", row: 0, column: 0)
        grid.put("x", row: 0, column: 1)  // right half of 日
        #expect(grid.text(ofRow: 0) == " x本")
        grid.put("y", row: 0, column: 2)  // left half of 本
        #expect(grid.text(ofRow: 0) == " xy ")
        let anyContinuation = grid.cells.contains { $0.isContinuation }
        #expect(!anyContinuation)
    }

    @Test func controlCharactersBecomePlaceholders() {
        var grid = Grid(columns: 6, rows: 1)
        grid.write("a\u{1B}[2J", row: 0, column: 0)
        #expect(grid.text(ofRow: 0) == "a\u{FFFD}[2J ")
    }

    @Test func combiningMarksStayWithTheirBase() {
        var grid = Grid(columns: 5, rows: 1)
        let used = grid.write("Cafe\u{301}!", row: 0, column: 0)
        #expect(used == 5)
        #expect(grid[row: 0, column: 3].text == "e\u{301}")
        #expect(grid.text(ofRow: 0) == "Cafe\u{301}!")
    }

    @Test func writesOutsideTheGridAreIgnored() {
        var grid = Grid(columns: 3, rows: 2)
        #expect(grid.write("abc", row: 5, column: 0) == 0)
        #expect(grid.write("abc", row: -1, column: 0) == 0)
        #expect(grid.write("abc", row: 0, column: 7) == 0)
        #expect(grid.put("x", row: 0, column: -1) == 0)
        #expect(grid.textSnapshot() == "   \n   \n")
    }

    @Test func emptyGridIsSafe() {
        var grid = Grid(columns: 0, rows: 0)
        #expect(grid.write("abc", row: 0, column: 0) == 0)
        grid.fill(row: 0, column: 0, width: 5, height: 5)
        #expect(grid.cells.isEmpty)
        #expect(Grid(columns: -3, rows: 2).cells.isEmpty)
    }

    @Test func fillRepaintsARectangle() {
        var grid = Grid(columns: 4, rows: 3, fill: Cell(text: "~", width: 1))
        grid.fill(row: 1, column: 1, width: 2, height: 5, style: CellStyle(background: .danger))
        #expect(grid.textSnapshot() == "~~~~\n~  ~\n~  ~\n")
        #expect(grid[row: 2, column: 2].style.background == .danger)
    }

    @Test func styleSnapshotNamesEachStyleOnce() {
        var grid = Grid(columns: 4, rows: 1)
        grid.write("ab", row: 0, column: 0, style: CellStyle(foreground: .warning, attributes: .bold))
        #expect(grid.styleSnapshot() == "aa..\n--\na = fg=warning bg=standard bold\n")
    }
}
