import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// The header counts and row lookups are kept in step with the loaded rows instead of scanning them every frame;
/// these tests check the kept numbers against a scan after each kind of change.
@Suite struct LoadedRowsTests {
    /// The numbers a scan of the loaded rows gives.
    func scanned(_ state: TriageState) -> (pending: Int, tagged: Int) {
        (
            state.invitations.filter(\.isPending).count,
            state.invitations.filter { state.tagged.contains($0.id) }.count
        )
    }

    func expectInStep(_ state: TriageState, sourceLocation: SourceLocation = #_sourceLocation) {
        let scan = scanned(state)
        #expect(state.pendingCount == scan.pending, sourceLocation: sourceLocation)
        #expect(state.taggedCount == scan.tagged, sourceLocation: sourceLocation)
        for (index, row) in state.invitations.enumerated() {
            #expect(state.loadedRow(row.id) == state.invitations[index], sourceLocation: sourceLocation)
        }
    }

    @Test func countsFollowPagesDecisionsRepeatsAndReloads() {
        var state = freshState()
        _ = state.update(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation,
                summaries: [summary(1), summary(2), summary(3, status: .accepted)], nextToken: "t2"))
        expectInStep(state)
        #expect(state.countsLabel == "2 pending · 3 loaded")

        // Tag two rows, reject one of them successfully: one pending fewer, its tag gone.
        state.press(.char(" "), .char(" "))
        expectInStep(state)
        #expect(state.taggedCount == 2)
        _ = state.update(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .unableToSupport))
        expectInStep(state)
        #expect(state.pendingCount == 1)

        // A later page repeats a row: it replaces the loaded one, and the local outcome wins over the stale page.
        _ = state.update(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation,
                summaries: [summary(1), summary(4), summary(2, status: .rejected)], nextToken: nil))
        expectInStep(state)
        #expect(state.loadedCount == 4)
        #expect(state.loadedRow(invitationID(1))?.status == .rejected)
        // The second row stays tagged though the service now says it is rejected (a run would skip it).
        #expect(state.countsLabel == "1 pending · 4 loaded · 1 tagged")

        // A reload forgets every row.
        state.press(.char("R"))
        expectInStep(state)
        #expect(state.pendingCount == 0)
        #expect(state.loadedRow(invitationID(4)) == nil)
    }

    @Test func theFilterMatchesTitleSenderAndIdInAnyCaseButNotAcrossThem() {
        var state = loadedState(
            summaries: [
                summary(1, title: "Data Lake", sender: "Acme"),
                summary(2, title: "東京リージョン移行", sender: "Émoji Corp"),
                summary(3, title: "Lake house", sender: "Initech"),
            ])
        state.press(.char("/"))
        state.type("LAKE")
        #expect(state.visibleRows.map(\.id) == [invitationID(1), invitationID(3)])
        state.press(.escape, .char("/"))
        state.type("リージョン")
        #expect(state.visibleRows.map(\.id) == [invitationID(2)])
        state.press(.escape, .char("/"))
        state.type("émoji")
        #expect(state.visibleRows.map(\.id) == [invitationID(2)])
        state.press(.escape, .char("/"))
        state.type("0003")
        #expect(state.visibleRows.map(\.id) == [invitationID(3)])
        // "lakeacme" would only match across the end of a title and the start of a sender.
        state.press(.escape, .char("/"))
        state.type("lakeacme")
        #expect(state.visibleRows.isEmpty)
    }

    @Test func byteSearchFindsEveryPlacement() {
        #expect(TextSearch.contains("abc", ""))
        #expect(TextSearch.contains("abc", "abc"))
        #expect(TextSearch.contains("xxabc", "abc"))
        #expect(TextSearch.contains("aab", "ab"))
        #expect(!TextSearch.contains("ab", "abc"))
        #expect(!TextSearch.contains("abd", "abc"))
        #expect(!TextSearch.contains("", "a"))
        #expect(TextSearch.contains("東京リージョン", "リー"))
    }
}
