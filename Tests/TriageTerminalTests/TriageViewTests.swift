import Foundation
import PartnerCentral
import Testing
import TriageCore

@testable import TriageTerminal

@Suite struct TriageViewTests {
    static let sentinel = Cell(text: "░", width: 1)

    /// States covering every screen, at both snapshot sizes.
    static func screens(cols: Int, rows: Int) -> [TriageState] {
        let list = ViewFixtures.listState(cols: cols, rows: rows)
        var result = [list]
        for keys in [
            [.char("r")], [.char("r"), .char("1")], [.char("?")], [.enter], [.char("/"), .char("x")],
            [.char("c")], [.space, .space, .char("a")],
        ] as [[Key]] {
            var state = list
            ViewFixtures.press(keys, on: &state)
            result.append(state)
        }
        return result
    }

    @Test(arguments: [(80, 24), (160, 48), (120, 40), (80, 20)])
    func everyCellIsPainted(cols: Int, rows: Int) {
        for state in Self.screens(cols: cols, rows: rows) {
            let grid = TriageView.render(state, fill: Self.sentinel)
            let untouched = grid.cells.filter { $0.text == "░" }.count
            #expect(untouched == 0, "untouched cells on \(state.activeKind)")
        }
    }

    @Test func narrowHeaderKeepsProfileRoleAndAccount() {
        let label = "profile ops · role Triage · account 444455556666 · endpoint http://127.0.0.1:4777"
        #expect(HeaderView.fittedIdentity(label, width: 200) == label)
        #expect(HeaderView.fittedIdentity(label, width: 50) == "profile ops · role Triage · account 444455556666")
        #expect(HeaderView.fittedIdentity(label, width: 40) == "ops · role Triage · 444455556666")
        #expect(
            HeaderView.fittedIdentity("endpoint http://127.0.0.1:4777", width: 10) == "endpoint http://127.0.0.1:4777")

        var state = ViewFixtures.listState(cols: 100, rows: 30)
        _ = state.update(.identityResolved(label: label))
        let header = TriageView.render(state).textSnapshot().split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("ops · role Triage · 444455556666"), "\(header)")
    }

    @Test func theHeaderShowsFurtherPagesLoading() {
        var state = TriageState(
            catalog: .sandbox, identityLabel: "profile ops", now: ViewFixtures.now, sessionNonce: "n", cols: 120,
            rows: 30)
        _ = state.start()
        #expect(firstLine(state).contains("loading…"))
        let effects = state.update(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation, summaries: ViewFixtures.invitations.map(\.summary),
                nextToken: "page-2"))
        #expect(effects.contains { if case .listPage(_, _, "page-2", _, .background) = $0 { true } else { false } })
        #expect(firstLine(state).contains("loading more…"))
        _ = state.update(.pageLoaded(catalog: .sandbox, generation: state.generation, summaries: [], nextToken: nil))
        #expect(!firstLine(state).contains("loading"))
    }

    @Test func theFooterAlwaysKeepsHelpAndQuitAndTheStatusLineTheFilter() {
        var state = ViewFixtures.listState(cols: 80, rows: 24)
        let lines = TriageView.render(state).textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[23].contains("? help") && lines[23].contains("q quit"), "\(lines[23])")
        // A message beside the filter does not hide it.
        ViewFixtures.press([.char("U")], on: &state)
        _ = state.update(.notice(message: "Saved.", severity: .info))
        let status = TriageView.render(state).textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)[
            22]
        #expect(status.contains("Saved.") && status.contains(state.filterLabel), "\(status)")
    }

    @Test func aSlowRequestSaysWhatItWaitsForInTheStatusLineUntilItsCallEnds() {
        var state = ViewFixtures.listState(cols: 120, rows: 24)
        let waiting = "no answer from 127.0.0.1:4777 yet (2 s), attempt 2 of 3…"
        _ = state.update(.connectionProgress(call: 7, text: waiting))
        #expect(statusLine(state).contains(waiting), "\(statusLine(state))")
        // Another call ending leaves it; its own call ending clears it.
        _ = state.update(.connectionProgress(call: 6, text: nil))
        #expect(statusLine(state).contains(waiting))
        _ = state.update(.connectionProgress(call: 7, text: nil))
        #expect(!statusLine(state).contains("no answer"), "\(statusLine(state))")
    }

    private func statusLine(_ state: TriageState) -> String {
        let lines = TriageView.render(state).textSnapshot().split(separator: "\n", omittingEmptySubsequences: false)
        return String(lines[state.rows - 2])
    }

    private func firstLine(_ state: TriageState) -> String {
        TriageView.render(state).textSnapshot().split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test func rowsShowTheirPartInARun() {
        var state = ViewFixtures.listState(cols: 120, rows: 30)
        ViewFixtures.press([.char("T"), .char("r"), .char("3"), .char("y")], on: &state)
        var screen = TriageView.render(state).textSnapshot()
        #expect(screen.contains("rejecting…") && screen.contains("queued"), "\(screen)")
        guard case .sending = state.rowActivity[state.batch?.inFlight?.id ?? ""] else {
            Issue.record("no request in flight")
            return
        }
        // safe: checked just above
        let first = state.batch!.inFlight!.id
        _ = state.update(.rejectFailed(catalog: .sandbox, id: first, message: "timeout", errorCode: nil))
        screen = TriageView.render(state).textSnapshot()
        #expect(screen.contains("FAILED"))
        let style = ListView.status(of: state.invitations.first { $0.id == first }!, activity: state.rowActivity[first])
        #expect(style.0 == "FAILED" && style.1 == Theme.danger)
    }

    @Test func tinyAndEmptyTerminalsDoNotCrash() {
        let state = ViewFixtures.listState(cols: 80, rows: 24)
        for (cols, rows) in [(0, 0), (1, 1), (0, 5), (5, 0), (2, 1), (79, 19)] {
            let grid = TriageView.render(state, size: TerminalSize(columns: cols, rows: rows))
            #expect(grid.columns == cols && grid.rows == rows)
        }
    }

    @Test func tooSmallScreenSaysHowBigItMustBe() {
        let state = ViewFixtures.listState(cols: 60, rows: 15)
        let text = TriageView.render(state).textSnapshot()
        #expect(text.contains("terminal too small: need at least 80×20 (now 60×15)"))
    }

    @Test func noControlCharacterReachesTheGrid() {
        for state in Self.screens(cols: 160, rows: 48) + Self.screens(cols: 80, rows: 24) {
            let grid = TriageView.render(state)
            for cell in grid.cells {
                for scalar in cell.text.unicodeScalars {
                    #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
                    #expect(!(0x202A...0x202E).contains(scalar.value) && !(0x2066...0x2069).contains(scalar.value))
                }
            }
        }
    }

    @Test func columnsStayAlignedWithWideCharacters() throws {
        // 139 columns, the widest without the details beside: the invited date is the first column to go.
        let state = ViewFixtures.listState(cols: 139, rows: 48)
        let grid = TriageView.render(state)
        let layout = ListColumns(width: 139, columns: state.shownColumns).layout
        let invitedColumn = try #require(layout.first { $0.column == .invited }).start
        for (index, row) in state.visibleRows.enumerated() {
            let y = 2 + index
            guard y < 46 else { break }
            let text = (0..<10).map { grid[row: y, column: invitedColumn + $0].text }.joined()
            #expect(text == row.invitedText, "row \(index) invited column")
        }
    }

    @Test func selectionIsReverseVideo() {
        var state = ViewFixtures.listState(cols: 80, rows: 24)
        ViewFixtures.press([.down], on: &state)
        let grid = TriageView.render(state)
        let selected = (0..<80).filter { grid[row: 3, column: $0].style.attributes.contains(.reverse) }.count
        let unselected = (0..<80).filter { grid[row: 2, column: $0].style.attributes.contains(.reverse) }.count
        #expect(selected == 80)
        #expect(unselected == 0)
    }

    @Test func productionCatalogIsInTheWarningColour() {
        let state = ViewFixtures.listState(catalog: .aws, cols: 80, rows: 24)
        let grid = TriageView.render(state)
        let header = grid.text(ofRow: 0)
        #expect(header.contains("AWS (production)"))
        let start = DisplayWidth.of(header[..<header.range(of: "AWS")!.lowerBound])
        #expect(grid[row: 0, column: start].style.foreground == .warning)
    }

    @Test func headerShowsCountsAndIdentity() {
        let state = ViewFixtures.listState(cols: 160, rows: 48)
        let header = TriageView.render(state).text(ofRow: 0)
        #expect(header.contains("partner-triage"))
        #expect(header.contains("Sandbox"))
        #expect(header.contains("endpoint http://127.0.0.1:4566"))
        #expect(header.contains("\(state.pendingCount) pending · 12 loaded"))
        // The identity keeps its room; the filters then sit on the status line.
        #expect(TriageView.render(state).text(ofRow: 46).contains("status: pending"))
    }

    @Test func urgentExpiryIsHighlighted() throws {
        let state = ViewFixtures.listState(cols: 80, rows: 24)
        let grid = TriageView.render(state)
        let expires = try #require(ListColumns(width: 80, columns: state.shownColumns).layout.last).start
        let urgentRow = 2 + state.visibleRows.firstIndex { $0.id == "engi-0000000000002" }!
        let calmRow = 2 + state.visibleRows.firstIndex { $0.id == "engi-0000000000001" }!
        #expect(grid[row: urgentRow, column: expires].style.foreground == .warning)
        #expect(grid[row: calmRow, column: expires].style.foreground == .standard)
    }

    @Test func reasonMenuListsTheDocumentedReasonsInOrder() {
        #expect(RejectionReasonLabels.all == RejectionReason.allCases.map(\.rawValue))
    }
}

@Suite struct HelpScrollTests {
    @Test func helpThatDoesNotFitScrollsToItsLastLine() {
        var state = ViewFixtures.listState(cols: 80, rows: 20)
        ViewFixtures.press([.char("?")], on: &state)
        let all = helpEntries(for: .list)
        let first = TriageView.render(state).textSnapshot()
        #expect(first.contains("Keys 1–15 of \(all.count) ↑↓"))
        #expect(first.contains(all[0].action))
        #expect(!first.contains(all[all.count - 1].action))
        #expect(first.split(separator: "\n").last?.contains("↑↓ scroll") == true)
        ViewFixtures.press([.char("G")], on: &state)
        #expect(state.helpScroll == all.count - 15)
        let last = TriageView.render(state).textSnapshot()
        // The last line is the long note on columns; its start is enough to know it is shown.
        #expect(last.contains(String(all[all.count - 1].action.prefix(30))))
        #expect(!last.contains(all[0].action))
        // Past the end and back: the scroll stays within the lines there are.
        ViewFixtures.press([.down, .down, .pageUp, .pageUp], on: &state)
        #expect(state.helpScroll == 0)
    }

    @Test func theHelpAndTheFooterDrawTheKeysAsRelabelled() {
        // As the config file's `[keys]` table would: quit on z and reject on x, on the list's screens only.
        let keyLabels = { (kind: ScreenKind, entries: [HelpEntry]) -> [HelpEntry] in
            guard kind == .list || kind == .help else { return entries }
            return entries.map { entry in
                var entry = entry
                if entry.keys.first == .char("q") { entry.label = entry.keys.count == 2 ? "z Q" : "z" }
                if entry.keys == [.char("r")] { entry.label = "x" }
                return entry
            }
        }
        var state = ViewFixtures.listState(cols: 160, rows: 48)
        let list = TriageView.render(state, keyLabels: keyLabels).textSnapshot()
        let footer = list.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("x reject") && footer.contains("z quit") && !footer.contains("q quit"), "\(footer)")
        ViewFixtures.press([.char("?")], on: &state)
        let help = TriageView.render(state, keyLabels: keyLabels).textSnapshot()
        #expect(help.range(of: #"│ +z Q +Quit"#, options: .regularExpression) != nil, "\(help)")
        #expect(help.range(of: #"│ +x +Reject"#, options: .regularExpression) != nil)
        #expect(help.range(of: #"│ +q Q +Quit"#, options: .regularExpression) == nil)
        // Without relabelling the core's own keys are drawn.
        #expect(TriageView.render(state).textSnapshot().range(of: #"│ +q Q +Quit"#, options: .regularExpression) != nil)
    }

    @Test func helpThatFitsDoesNotScroll() {
        var state = ViewFixtures.listState(cols: 160, rows: 48)
        ViewFixtures.press([.char("?"), .down, .char("G")], on: &state)
        #expect(state.helpScroll == 0)
        #expect(TriageView.render(state).textSnapshot().contains("Keys "))
    }
}
