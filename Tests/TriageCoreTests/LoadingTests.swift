import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct LoadingTests {
    @Test func startWithACatalogRequestsTheFirstPageInTheForeground() {
        var state = TriageState(catalog: .sandbox, identityLabel: "p", now: testNow, sessionNonce: "n")
        let effects = state.start()
        #expect(
            effects == [
                .cancelBackground,
                .listPage(catalog: .sandbox, query: ListQuery(), token: nil, generation: 1, priority: .foreground),
            ])
        #expect(state.isLoadingFirstPage)
        #expect(state.screen == .list)
    }

    @Test func startWithoutACatalogOpensThePickerAndSendsNothing() {
        var state = TriageState(catalog: nil, identityLabel: "p", now: testNow, sessionNonce: "n")
        #expect(state.start().isEmpty)
        #expect(state.screen == .catalogPicker(selection: 0))
    }

    @Test func firstPageShowsAtOnceAndTheNextIsRequestedInTheBackground() {
        var state = freshState()
        let effects = state.send(
            .pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(1), summary(2)], nextToken: "p2"))
        #expect(state.visibleRows.map(\.id) == [invitationID(1), invitationID(2)])
        #expect(!state.isLoadingFirstPage)
        #expect(state.isLoadingMore)
        #expect(
            effects.contains(
                .listPage(catalog: .sandbox, query: ListQuery(), token: "p2", generation: 1, priority: .background)))
    }

    @Test func lastPageEndsBackgroundLoading() {
        var state = freshState()
        state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(1)], nextToken: "p2"))
        let effects = state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(2)], nextToken: nil))
        #expect(!state.isLoadingMore)
        #expect(state.loadedCount == 2)
        #expect(!effects.contains { if case .listPage = $0 { true } else { false } })
    }

    @Test func laterPagesKeepTheCursorWhereTheUserPutIt() {
        var state = freshState()
        state.send(
            .pageLoaded(catalog: .sandbox, generation: 1, summaries: (1...5).map { summary($0) }, nextToken: "p2"))
        state.press(.down, .down)
        state.send(
            .pageLoaded(catalog: .sandbox, generation: 1, summaries: (6...9).map { summary($0) }, nextToken: nil))
        #expect(state.cursor == 2)
        #expect(state.selectedRow?.id == invitationID(3))
    }

    @Test func stalePageFromAnEarlierGenerationIsIgnored() {
        var state = loadedState(3)
        state.press(.char("R"))
        #expect(state.generation == 2)
        let before = state
        let effects = state.send(
            .pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(9)], nextToken: "old"))
        #expect(effects.isEmpty)
        #expect(state == before)
    }

    @Test func stalePageFromAnotherCatalogIsIgnored() {
        var state = freshState()
        let effects = state.send(.pageLoaded(catalog: .aws, generation: 1, summaries: [summary(1)], nextToken: nil))
        #expect(effects.isEmpty)
        #expect(state.invitations.isEmpty)
        #expect(state.isLoadingFirstPage)
    }

    @Test func stalePageFailureIsIgnored() {
        var state = loadedState(3)
        state.press(.char("R"))
        state.send(.pageFailed(catalog: .sandbox, generation: 1, message: "boom"))
        #expect(state.listError == nil)
        #expect(state.isLoadingFirstPage)
    }

    @Test func pageFailureShowsTheMessageCleanedAndStopsLoading() {
        var state = freshState()
        state.send(.pageFailed(catalog: .sandbox, generation: 1, message: "Access denied\u{1b}[2J"))
        #expect(state.listError == "Access denied^[[2J")
        #expect(!state.isLoadingFirstPage)
        #expect(state.footer?.severity == .error)
        #expect(state.footer?.text.contains("R to retry") == true)
    }

    @Test func reloadKeyStartsANewGenerationAndDropsBackgroundWork() {
        var state = loadedState(3)
        for key in [Key.char("R"), .f5] {
            let generation = state.generation
            let effects = state.press(key)
            #expect(state.generation == generation + 1)
            #expect(
                effects == [
                    .cancelBackground,
                    .listPage(
                        catalog: .sandbox, query: ListQuery(), token: nil, generation: generation + 1,
                        priority: .foreground),
                ])
            #expect(state.invitations.isEmpty)
            #expect(state.isLoadingFirstPage)
        }
    }

    @Test func headerCountsPendingLoadedAndTagged() {
        var state = loadedState(
            summaries: [summary(1), summary(2), summary(3, status: .accepted), summary(4)])
        #expect(state.countsLabel == "3 pending · 4 loaded")
        state.press(.char(" "))
        #expect(state.countsLabel == "3 pending · 4 loaded · 1 tagged")
    }

    @Test func neighboursFirstThenPendingRowsFillInTheBackgroundWithABound() {
        var state = freshState()
        let effects = state.send(
            .pageLoaded(catalog: .sandbox, generation: 1, summaries: (1...10).map { summary($0) }, nextToken: nil))
        let gets = effects.filter { if case .getInvitation = $0 { true } else { false } }
        #expect(
            gets
                == (1...TriageState.maxFillReads).map {
                    .getInvitation(catalog: .sandbox, id: invitationID($0), priority: .background)
                })
        #expect(state.backgroundDetails.count == TriageState.maxFillReads)
        // Moving while the fill is at its bound asks for nothing more.
        let moved = state.press(.down, .down)
        #expect(moved.isEmpty)
    }

    @Test func eachFinishedReadStartsTheNextPendingRowWithoutDetails() {
        var state = freshState()
        // The fill's bound of pending rows, then one decided row, then one more pending row.
        let first = TriageState.maxFillReads
        let decided = first + 1
        let last = first + 2
        state.send(
            .pageLoaded(
                catalog: .sandbox, generation: 1,
                summaries: (1...first).map { summary($0) } + [summary(decided, status: .accepted), summary(last)],
                nextToken: nil))
        let effects = state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        // The decided row has nothing to decide, so its details wait until asked for.
        #expect(effects == [.getInvitation(catalog: .sandbox, id: invitationID(last), priority: .background)])
        for id in 2...first {
            state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(id), invitation: invitation(id)))
        }
        #expect(state.detailsFillProgress?.loaded == first && state.detailsFillProgress?.total == first + 1)
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(last), invitation: invitation(last)))
        #expect(state.detailsFillProgress == nil)
        _ = state
        #expect(state.details[invitationID(decided)] == nil)
    }

    @Test func prefetchFailureIsNotRetriedInTheBackground() {
        var state = freshState()
        state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(1)], nextToken: nil))
        let effects = state.send(.detailsFailed(catalog: .sandbox, id: invitationID(1), message: "nope"))
        #expect(effects.isEmpty)
        #expect(state.details[invitationID(1)] == .failed("nope"))
        // Asking for it (Enter) retries in the foreground.
        let retried = state.press(.enter)
        #expect(retried.contains(.getInvitation(catalog: .sandbox, id: invitationID(1), priority: .foreground)))
    }

    @Test func detailsUpdateTheRowStatus() {
        var state = loadedState(3)
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(2), invitation: invitation(2, status: .expired)))
        #expect(state.invitations[1].statusLabel == "EXPIRED")
        #expect(state.pendingCount == 2)
    }

    @Test func detailsFromAnotherCatalogAreIgnored() {
        var state = loadedState(3)
        state.send(.detailsLoaded(catalog: .aws, id: invitationID(3), invitation: invitation(3)))
        #expect(state.details[invitationID(3)] == .loading)
        #expect(state.rowFacts[invitationID(3)] == nil)
    }

    @Test func identityAndNoticesAreCleaned() {
        var state = loadedState(1)
        state.send(.identityResolved(label: "endpoint\u{1b}]0;x\u{7}"))
        #expect(state.identityLabel == "endpoint^[]0;x^G")
        state.send(.notice(message: "No credentials\u{9b}", severity: .error))
        #expect(state.footer?.text == "No credentials<U+009B>")
        #expect(state.footer?.severity == .error)
    }
}

@Suite struct StatusRaceTests {
    @Test func detailsReadBeforeARejectDoNotPutTheRowBackToPending() {
        var state = loadedState(2)
        state.press(.char("r"), .char("1"), .char("y"))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear))
        // The prefetch sent at load time answers late, with the status from before the reject.
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1, status: .pending)))
        #expect(state.invitations[0].statusLabel == "REJECTED")
        guard case .loaded(let details) = state.details[invitationID(1)] else {
            Issue.record("details not cached")
            return
        }
        #expect(details.statusLabel == "REJECTED")
    }

    @Test func pageFetchedBeforeARejectDoesNotPutTheRowBackToPending() {
        var state = freshState()
        state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(1)], nextToken: "p2"))
        state.press(.char("r"), .char("1"), .char("y"))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear))
        state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(1), summary(2)], nextToken: nil))
        #expect(state.invitations.map(\.statusLabel) == ["REJECTED", "PENDING"])
    }
}
