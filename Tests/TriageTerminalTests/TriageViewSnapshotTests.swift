import Foundation
import PartnerCentral
import Testing
import TriageCore

@testable import TriageTerminal

/// Whole-screen goldens at 80×24 and 160×48, rendered over a sentinel so untouched cells would show.
@Suite struct TriageViewSnapshotTests {
    static let sentinel = Cell(text: "░", width: 1)

    func render(_ state: TriageState) -> Grid {
        TriageView.render(state, fill: Self.sentinel)
    }

    @Test func list80x24WithWideCharactersAndHostileStrings() {
        var state = ViewFixtures.listState(cols: 80, rows: 24)
        ViewFixtures.press([.space], on: &state)  // tags the first row, moves to the second
        SnapshotAssertion.assertSnapshot(render(state), named: "list-80x24")
    }

    @Test func list160x48ShowsDetailsBeside() {
        var state = ViewFixtures.listState(cols: 160, rows: 48)
        ViewFixtures.press([.down, .down], on: &state)
        _ = state.update(
            .detailsLoaded(catalog: .sandbox, id: "engi-0000000000003", invitation: ViewFixtures.invitations[2]))
        SnapshotAssertion.assertSnapshot(render(state), named: "list-160x48")
    }

    @Test func details80x24() {
        var state = ViewFixtures.listState(cols: 80, rows: 24)
        ViewFixtures.press([.down, .down, .enter], on: &state)
        _ = state.update(
            .detailsLoaded(catalog: .sandbox, id: "engi-0000000000003", invitation: ViewFixtures.invitations[2]))
        SnapshotAssertion.assertSnapshot(render(state), named: "details-80x24")
    }

    @Test func reasonMenu80x24() {
        var state = ViewFixtures.listState(cols: 80, rows: 24)
        ViewFixtures.press([.char("r"), .down], on: &state)
        SnapshotAssertion.assertSnapshot(render(state), named: "reason-menu-80x24")
    }

    @Test func confirmRejectInProduction80x24() {
        var state = ViewFixtures.listState(catalog: .aws, cols: 80, rows: 24)
        ViewFixtures.press([.down, .char("r"), .char("3")], on: &state)
        SnapshotAssertion.assertSnapshot(render(state), named: "confirm-reject-aws-80x24")
    }

    @Test func bulkConfirm160x48() {
        var state = ViewFixtures.listState(cols: 160, rows: 48)
        ViewFixtures.press([.space, .space, .space, .space, .char("r"), .char("4")], on: &state)
        SnapshotAssertion.assertSnapshot(render(state), named: "confirm-bulk-160x48")
    }

    @Test func confirmRejectWithAGraceWindow80x24() {
        var state = ViewFixtures.listState(cols: 80, rows: 24, graceSeconds: 5)
        ViewFixtures.press([.down, .char("r"), .char("3")], on: &state)
        SnapshotAssertion.assertSnapshot(render(state), named: "confirm-reject-grace-80x24")
    }

    @Test func bulkRejectCountingDown80x24() {
        var state = ViewFixtures.listState(cols: 80, rows: 24, graceSeconds: 5)
        ViewFixtures.press([.space, .space, .char("r"), .char("1"), .char("y")], on: &state)
        _ = state.update(.tick(now: ViewFixtures.now.addingTimeInterval(1)))
        SnapshotAssertion.assertSnapshot(render(state), named: "grace-countdown-80x24")
    }

    @Test func quitWhileARejectWaits80x24() {
        var state = ViewFixtures.listState(cols: 80, rows: 24, graceSeconds: 5)
        ViewFixtures.press([.char("r"), .char("1"), .char("y"), .char("q")], on: &state)
        SnapshotAssertion.assertSnapshot(render(state), named: "quit-grace-80x24")
    }

    @Test func help80x24() {
        var state = ViewFixtures.listState(cols: 80, rows: 24)
        ViewFixtures.press([.char("?")], on: &state)
        SnapshotAssertion.assertSnapshot(render(state), named: "help-80x24")
    }

    @Test func textFilter80x24() {
        var state = ViewFixtures.listState(cols: 80, rows: 24)
        ViewFixtures.press([.char("/"), .char("a"), .char("c"), .char("m"), .char("e")], on: &state)
        SnapshotAssertion.assertSnapshot(render(state), named: "filter-80x24")
    }

    @Test func catalogPicker80x24() {
        let state = TriageState(
            catalog: nil, identityLabel: "profile default", now: ViewFixtures.now, sessionNonce: "nonce", cols: 80,
            rows: 24)
        SnapshotAssertion.assertSnapshot(render(state), named: "catalog-picker-80x24")
    }

    @Test func tooSmall() {
        let state = ViewFixtures.listState(cols: 60, rows: 15)
        SnapshotAssertion.assertSnapshot(render(state), named: "too-small-60x15")
    }
}
