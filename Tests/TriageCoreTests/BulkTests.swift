import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct BulkTests {
    @Test func spaceTagsTheSelectedRowAndMovesDown() {
        var state = loadedState(3)
        let effects = state.press(.space)
        #expect(state.tagged == [invitationID(1)])
        #expect(state.cursor == 1)
        #expect(writes(effects).isEmpty)
    }

    @Test func spaceOnATaggedRowUntagsIt() {
        var state = loadedState(3)
        state.press(.space, .up, .space)
        #expect(state.tagged.isEmpty)
    }

    @Test func capitalTTagsEveryRowTheFilterShows() {
        var state = loadedState(summaries: [
            summary(1, title: "Alpha"), summary(2, title: "Beta"), summary(3, title: "Alpine"),
        ])
        state.press(.char("/"))
        state.type("alp")
        state.press(.enter, .char("T"))
        #expect(state.tagged == [invitationID(1), invitationID(3)])
    }

    @Test func capitalUClearsAllTags() {
        var state = loadedState(3)
        state.press(.char("T"))
        #expect(state.taggedCount == 3)
        state.press(.char("U"))
        #expect(state.tagged.isEmpty)
    }

    @Test func rejectWithTagsActsOnTheTaggedRowsWithOneMenuAndOneConfirmation() {
        var state = loadedState(5)
        state.press(.space, .space, .down, .space)
        state.press(.char("r"))
        #expect(
            state.screen
                == .rejectReasonMenu(selection: 0, targets: [invitationID(1), invitationID(2), invitationID(4)]))
        state.press(.char("4"))
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.title == "Reject 3 invitations?")
        #expect(
            confirmation.lines == [
                "Catalog: Sandbox", "As:      profile test", "Reason:  Duplicate of partner referral", "  • Project 1",
                "  • Project 2", "  • Project 4", "This cannot be undone.", "y reject · n/Esc cancel",
            ])
    }

    @Test func bulkConfirmationListsTheFirstFewTitlesAndHowManyMore() {
        var state = loadedState(10)
        state.press(.char("T"), .char("r"), .char("1"))
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.lines.contains("  … and 7 more"))
    }

    @Test func bulkRejectSendsOneRequestAtATimeWithLiveProgress() {
        var state = loadedState(3)
        state.press(.char("T"), .char("r"), .char("3"))
        let first = state.press(.char("y"))
        #expect(first == [.reject(catalog: .sandbox, id: invitationID(1), reason: .unableToSupport)])
        #expect(state.progressLine == "Rejecting 1/3 · Esc to stop")
        #expect(state.rowActivity[invitationID(2)] == .queued(.reject(.unableToSupport)))
        let second = state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .unableToSupport))
        #expect(second == [.reject(catalog: .sandbox, id: invitationID(2), reason: .unableToSupport)])
        #expect(state.progressLine == "Rejecting 2/3 · Esc to stop")
        let third = state.send(
            .rejectFailed(catalog: .sandbox, id: invitationID(2), message: "InternalServerException", errorCode: nil))
        #expect(third == [.reject(catalog: .sandbox, id: invitationID(3), reason: .unableToSupport)])
        #expect(state.progressLine == "Rejecting 3/3 · 1 failed · Esc to stop")
        let done = state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(3), reason: .unableToSupport))
        #expect(writes(done).isEmpty)
        #expect(state.batch == nil)
        #expect(state.progressLine == nil)
        #expect(state.footer?.text == "Rejected 2 · 1 failed")
        #expect(state.footer?.severity == .warning)
        #expect(state.session.rejected == 2)
        #expect(state.session.failed == 1)
    }

    @Test func browsingStaysPossibleDuringARun() {
        var state = loadedState(5)
        state.press(.char("T"), .char("r"), .char("3"), .char("y"))
        let effects = state.press(.down, .down, .enter)
        #expect(state.screen == .details(id: invitationID(3)))
        #expect(writes(effects).isEmpty)
        state.press(.escape)
        state.press(.char("/"))
        state.type("Project 4")
        #expect(state.visibleRows.map(\.id) == [invitationID(4)])
        #expect(state.batch != nil)
    }

    @Test func escapeStopsSendingAndLetsTheRequestInFlightFinish() {
        var state = loadedState(4)
        state.press(.char("T"), .char("r"), .char("3"), .char("y"))
        let stop = state.press(.escape)
        #expect(stop == [.withdrawUnsentWrites])
        #expect(state.batch?.stopped == true)
        #expect(state.progressLine == "Rejecting 1/4 · stopping")
        #expect(state.hasWritesInFlight)
        let after = state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .unableToSupport))
        #expect(writes(after).isEmpty)
        #expect(state.batch == nil)
        #expect(state.footer?.text == "Rejected 1 · 3 not sent (stopped)")
        #expect(state.invitations.map(\.statusLabel) == ["REJECTED", "PENDING", "PENDING", "PENDING"])
        #expect(state.tagged == [invitationID(2), invitationID(3), invitationID(4)])
        #expect(state.rowActivity.isEmpty)
    }

    @Test func escapeWithdrawsTheRequestStillWaitingForTheWriteBudget() {
        var state = loadedState(3)
        state.press(.char("T"), .char("r"), .char("3"), .char("y"))
        #expect(state.press(.escape) == [.withdrawUnsentWrites])
        // The runner withdrew it before it was sent: nothing was decided and nothing failed.
        let after = state.send(.writeNotSent(catalog: .sandbox, id: invitationID(1)))
        #expect(writes(after).isEmpty)
        #expect(state.batch == nil)
        #expect(state.footer?.text == "Rejected 0 · 3 not sent (stopped)")
        #expect(state.tagged == [invitationID(1), invitationID(2), invitationID(3)])
        #expect(state.rowActivity.isEmpty)
        #expect(state.session.summary == "This session: 0 rejected, 0 accepted, 0 failed.")
    }

    @Test func aWriteNotSentOutsideARunChangesNothing() {
        var state = loadedState(2)
        let before = state
        #expect(state.send(.writeNotSent(catalog: .sandbox, id: invitationID(1))).isEmpty)
        #expect(state == before)
    }

    @Test func theSessionSummaryCountsInvitationsNotAttempts() {
        var state = loadedState(2)
        state.press(.char("T"), .char("r"), .char("2"), .char("y"))
        state.send(.rejectFailed(catalog: .sandbox, id: invitationID(1), message: "timeout", errorCode: nil))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(2), reason: .nextStepsUnclear))
        #expect(state.session.summary == "This session: 1 rejected, 0 accepted, 1 failed.")
        // The retry of the failed row succeeds: that invitation now counts once, as rejected.
        state.press(.char("r"), .char("2"), .char("y"))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .nextStepsUnclear))
        #expect(state.session.summary == "This session: 2 rejected, 0 accepted, 0 failed.")
    }

    @Test func failedRowsStayTaggedSoASecondRejectRetriesExactlyThem() {
        var state = loadedState(3)
        state.press(.char("T"), .char("r"), .char("2"), .char("y"))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .nextStepsUnclear))
        state.send(.rejectFailed(catalog: .sandbox, id: invitationID(2), message: "timeout", errorCode: nil))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(3), reason: .nextStepsUnclear))
        #expect(state.tagged == [invitationID(2)])
        #expect(state.rowActivity[invitationID(2)] == .failed("timeout"))
        state.press(.char("r"))
        #expect(state.screen == .rejectReasonMenu(selection: 0, targets: [invitationID(2)]))
        state.press(.char("2"))
        let retry = state.press(.char("y"))
        #expect(retry == [.reject(catalog: .sandbox, id: invitationID(2), reason: .nextStepsUnclear)])
    }

    @Test func rowsNoLongerPendingAreSkippedAndReportedNotSent() {
        var state = loadedState(summaries: [summary(1), summary(2, status: .accepted), summary(3)])
        state.press(.char("T"), .char("r"), .char("1"))
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.targets.map(\.id) == [invitationID(1), invitationID(3)])
        #expect(confirmation.skipped.map(\.id) == [invitationID(2)])
        #expect(confirmation.lines.contains("1 tagged no longer pending: skipped, not sent."))
        let first = state.press(.char("y"))
        #expect(first == [.reject(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear)])
        // Row 3 changes status (seen in its details) before its turn: skipped too.
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(3), invitation: invitation(3, status: .expired)))
        let next = state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear))
        #expect(writes(next).isEmpty)
        #expect(state.footer?.text == "Rejected 1 · 2 skipped (not pending)")
        #expect(state.tagged.isEmpty)
    }

    @Test func tagsWithNothingPendingExplainAndOpenNothing() {
        var state = loadedState(summaries: [summary(1, status: .rejected), summary(2, status: .accepted)])
        state.press(.char("T"))
        let effects = state.press(.char("r"))
        #expect(effects.isEmpty)
        #expect(state.screen == .list)
        #expect(state.footer?.text == "None of the 2 tagged invitations is pending.")
    }

    @Test func bulkAcceptStartsTasksOneAtATime() {
        var state = loadedState(2)
        state.press(.char("T"), .char("a"))
        guard case .confirmAccept(let confirmation) = state.screen else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.title == "Accept 2 invitations?")
        let first = state.press(.char("y"))
        #expect(
            first == [.startAccept(catalog: .sandbox, id: invitationID(1), clientToken: "nonce-\(invitationID(1))-1")])
        #expect(state.progressLine == "Accepting 1/2 · Esc to stop")
        let second = state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: "task-1", taskStatus: .inProgress)))
        #expect(
            second == [
                .pollAcceptTask(catalog: .sandbox, id: invitationID(1), taskID: "task-1", delay: .seconds(1)),
                .startAccept(catalog: .sandbox, id: invitationID(2), clientToken: "nonce-\(invitationID(2))-1"),
            ])
    }

    @Test func anotherRunCannotStartWhileOneIsSending() {
        var state = loadedState(3)
        state.press(.char("T"), .char("r"), .char("3"), .char("y"))
        let effects = state.press(.char("a"), .char("r"))
        #expect(effects.isEmpty)
        #expect(state.screen == .list)
        #expect(state.footer?.severity == .warning)
    }

    @Test func tagsAreClearedWhenTheStatusOrTypeFilterChanges() {
        var state = loadedState(3)
        state.press(.char("T"), .char("f"))
        #expect(state.tagged.isEmpty)
        state.send(
            .pageLoaded(catalog: .sandbox, generation: state.generation, summaries: [summary(1)], nextToken: nil))
        state.press(.char("T"), .char("t"))
        #expect(state.tagged.isEmpty)
    }
}
