import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct WatchModeTests {
    func watching(every seconds: Int = 60, seen: Set<String>? = nil, bell: Bool = false) -> TriageState {
        var settings = ListSettings(refreshSeconds: seconds, bell: bell)
        if let seen { settings.seenBefore = [.sandbox: seen] }
        var state = TriageState(
            catalog: .sandbox, identityLabel: "p", now: testNow, sessionNonce: "n", settings: settings)
        _ = state.start()
        return state
    }

    func page(_ state: inout TriageState, _ numbers: [Int], token: String? = nil) -> [TriageEffect] {
        state.send(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation, summaries: numbers.map { summary($0) },
                nextToken: token))
    }

    func listPages(_ effects: [TriageEffect]) -> [TriageEffect] {
        effects.filter { if case .listPage = $0 { true } else { false } }
    }

    @Test func aFirstSessionMarksNothingNewButRemembersWhatItShowed() {
        var state = watching()
        let effects = page(&state, [1, 2])
        #expect(state.newIDs.isEmpty)
        #expect(effects.contains(.rememberSeen(catalog: .sandbox, ids: [invitationID(1), invitationID(2)])))
    }

    @Test func invitationsNotSeenInEarlierSessionsAreMarkedNew() {
        var state = watching(seen: [invitationID(1)])
        page(&state, [1, 2, 3])
        #expect(state.newIDs == [invitationID(2), invitationID(3)])
        #expect(state.countsLabel == "3 pending · 3 loaded · 2 new")
        // Opening one counts as having seen it.
        state.press(.down, .enter)
        #expect(state.newIDs == [invitationID(3)])
    }

    @Test func theWatchReloadsOnItsIntervalBehindTheRowsAndMarksArrivals() {
        var state = watching(every: 60, bell: true)
        page(&state, [1, 2])
        state.press(.down)
        #expect(state.send(.tick(now: testNow.addingTimeInterval(59))).isEmpty)
        let reload = listPages(state.send(.tick(now: testNow.addingTimeInterval(60))))
        #expect(reload.count == 1)
        // The rows stay on screen while the reload runs.
        #expect(state.visibleRows.count == 2)
        let more = page(&state, [3, 1], token: "p2")
        #expect(listPages(more).count == 1)
        #expect(state.visibleRows.count == 2)
        let done = page(&state, [2])
        #expect(state.visibleRows.map(\.id).sorted() == [1, 2, 3].map(invitationID))
        #expect(state.newIDs == [invitationID(3)])
        #expect(state.selectedRow?.id == invitationID(2))
        #expect(done.contains(.bell))
        #expect(done.contains(.rememberSeen(catalog: .sandbox, ids: [invitationID(3)])))
        #expect(state.footer?.text == "1 new invitation since the last reload.")
        // And the next turn is scheduled from the end of this one.
        #expect(state.nextWatchReload == testNow.addingTimeInterval(120))
    }

    @Test func aFailedWatchReloadKeepsTheRowsAndTriesAgainNextTurn() {
        var state = watching(every: 30)
        page(&state, [1, 2])
        state.send(.tick(now: testNow.addingTimeInterval(30)))
        state.send(.pageFailed(catalog: .sandbox, generation: state.generation, message: "throttled"))
        #expect(state.visibleRows.count == 2)
        #expect(state.listError == nil)
        #expect(state.nextWatchReload == testNow.addingTimeInterval(60))
    }

    @Test func theWatchWaitsWhileADecisionIsOpenOrRunning() {
        var state = watching(every: 30)
        page(&state, [1, 2])
        state.press(.char("r"))
        #expect(listPages(state.send(.tick(now: testNow.addingTimeInterval(31)))).isEmpty)
        state.press(.escape)
        #expect(listPages(state.send(.tick(now: testNow.addingTimeInterval(32)))).count == 1)
    }

    @Test func noRefreshMeansNoWatch() {
        var state = watching(every: 0)
        page(&state, [1])
        #expect(state.nextWatchReload == nil)
        #expect(listPages(state.send(.tick(now: testNow.addingTimeInterval(86_400)))).isEmpty)
    }
}
