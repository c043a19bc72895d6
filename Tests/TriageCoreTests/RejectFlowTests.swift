import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct RejectFlowTests {
    @Test func rejectKeyOnSelectedRowOpensReasonMenu() {
        var state = loadedState(3)
        let effects = state.press(.char("r"))
        #expect(effects.isEmpty)
        #expect(state.screen == .rejectReasonMenu(selection: 0, targets: [invitationID(1)]))
    }

    @Test func digitChoosesTheReasonAndOpensTheConfirmationWithoutSending() {
        var state = loadedState(3)
        let effects = state.press(.char("r"), .char("3"))
        #expect(effects.isEmpty)
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation: \(state.screen)")
            return
        }
        #expect(confirmation.decision == .reject(.unableToSupport))
        #expect(confirmation.targets.map(\.id) == [invitationID(1)])
        #expect(confirmation.catalog == .sandbox)
    }

    @Test func everyDigitMapsToItsDocumentedReason() {
        for (index, reason) in RejectionReason.allCases.enumerated() {
            var state = loadedState(1)
            state.press(.char("r"), .char(Character(String(index + 1))))
            #expect(state.screen == .confirmReject(confirmation(reason)))
        }
    }

    @Test func otherDigitsInTheReasonMenuDoNothing() {
        var state = loadedState(1)
        state.press(.char("r"))
        let menu = state.screen
        let effects = state.press(.char("0"), .char("6"), .char("9"), .char("x"))
        #expect(effects.isEmpty)
        #expect(state.screen == menu)
    }

    @Test func arrowsAndEnterChooseAReason() {
        var state = loadedState(1)
        state.press(.char("r"), .down, .down, .char("j"), .up)
        #expect(state.screen == .rejectReasonMenu(selection: 2, targets: [invitationID(1)]))
        state.press(.char("k"))
        #expect(state.screen == .rejectReasonMenu(selection: 1, targets: [invitationID(1)]))
        state.press(.enter)
        #expect(state.screen == .confirmReject(confirmation(.nextStepsUnclear)))
    }

    @Test func reasonMenuSelectionStopsAtTheEnds() {
        var state = loadedState(1)
        state.press(.char("r"), .up)
        #expect(state.screen == .rejectReasonMenu(selection: 0, targets: [invitationID(1)]))
        state.press(.down, .down, .down, .down, .down, .down)
        #expect(state.screen == .rejectReasonMenu(selection: 4, targets: [invitationID(1)]))
    }

    @Test func escapeInTheReasonMenuCancelsAndSendsNothing() {
        var state = loadedState(1)
        state.press(.char("r"))
        let effects = state.press(.escape)
        #expect(effects == [])
        #expect(state.screen == .list)
        #expect(state.batch == nil)
    }

    @Test func confirmationNamesTitleSenderIdCatalogReasonAndSaysItCannotBeUndone() {
        var state = loadedState(summaries: [summary(1, title: "Data lake", sender: "Acme")])
        state.press(.char("r"), .char("3"))
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation")
            return
        }
        let text = confirmation.lines.joined(separator: "\n")
        #expect(confirmation.title == "Reject this invitation?")
        #expect(text.contains("Data lake"))
        #expect(text.contains("Acme"))
        #expect(text.contains(invitationID(1)))
        #expect(text.contains("Sandbox"))
        #expect(text.contains("Unable to support"))
        #expect(text.contains("cannot be undone"))
        #expect(!confirmation.isProduction)
    }

    @Test func noKeyCancelsTheConfirmationAndSendsNothing() {
        var state = loadedState(1)
        state.press(.char("r"), .char("3"))
        let effects = state.press(.char("n"))
        #expect(effects == [])
        #expect(state.screen == .list)
        #expect(state.batch == nil)
        #expect(state.footer?.text == "Cancelled; nothing was sent.")
    }

    @Test func escapeCancelsTheConfirmationAndSendsNothing() {
        var state = loadedState(1)
        state.press(.char("r"), .char("3"))
        let effects = state.press(.escape)
        #expect(effects == [])
        #expect(state.screen == .list)
        #expect(!state.hasWritesInFlight)
    }

    @Test func otherKeysInTheConfirmationSendNothing() {
        var state = loadedState(1)
        state.press(.char("r"), .char("3"))
        let dialog = state.screen
        let effects = state.press(.enter, .char("r"), .char("q"), .char(" "), .down, .char("a"))
        #expect(effects == [])
        #expect(state.screen == dialog)
    }

    @Test func yesSendsExactlyOneRejectWithTheChosenReason() {
        var state = loadedState(3)
        state.press(.char("r"), .char("3"))
        let effects = state.press(.char("y"))
        #expect(effects == [.reject(catalog: .sandbox, id: invitationID(1), reason: .unableToSupport)])
        #expect(state.screen == .list)
        #expect(state.rowActivity[invitationID(1)] == .sending(.reject(.unableToSupport)))
        #expect(state.hasWritesInFlight)
    }

    @Test func successMarksTheRowRejectedSaysSoAndMovesToTheNextPendingRow() {
        var state = loadedState(summaries: [summary(1), summary(2, status: .accepted), summary(3)])
        state.press(.char("r"), .char("3"), .char("y"))
        let effects = state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .unableToSupport))
        #expect(writes(effects).isEmpty)
        #expect(state.invitations[0].statusLabel == "REJECTED")
        #expect(state.invitations[0].status == .rejected)
        #expect(state.footer?.text == "Rejected “Project 1” · Unable to support")
        #expect(state.footer?.severity == .success)
        #expect(state.cursor == 2)
        #expect(state.batch == nil)
        #expect(state.rowActivity.isEmpty)
        #expect(state.session.rejected == 1)
        #expect(!state.hasWritesInFlight)
    }

    @Test func failureShowsTheOneLineMessageAndKeepsTheRowPending() {
        var state = loadedState(2)
        state.press(.char("r"), .char("1"), .char("y"))
        let effects = state.send(
            .rejectFailed(
                catalog: .sandbox, id: invitationID(1), message: "AccessDeniedException: not allowed",
                errorCode: "AccessDeniedException"))
        #expect(effects.isEmpty)
        #expect(state.footer?.text == "Reject failed: AccessDeniedException: not allowed")
        #expect(state.footer?.severity == .error)
        #expect(state.invitations[0].isPending)
        #expect(state.rowActivity[invitationID(1)] == .failed("AccessDeniedException: not allowed"))
        #expect(state.session.failed == 1)
        #expect(state.cursor == 0)
    }

    @Test func conflictRefreshesTheRowsRealStatus() {
        var state = loadedState(2)
        state.press(.char("r"), .char("1"), .char("y"))
        let effects = state.send(
            .rejectFailed(
                catalog: .sandbox, id: invitationID(1), message: "ConflictException: already accepted",
                errorCode: "ConflictException"))
        #expect(effects == [.refreshInvitation(catalog: .sandbox, id: invitationID(1))])
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1, status: .accepted)))
        #expect(state.invitations[0].statusLabel == "ACCEPTED")
        #expect(state.footer?.text == "Not changed: “Project 1” is already ACCEPTED.")
        // The row shows its real status, not the failure, and has nothing left to retry.
        #expect(state.rowActivity[invitationID(1)] == nil)
        #expect(!state.tagged.contains(invitationID(1)))
    }

    @Test func rejectOnARowThatIsNotPendingExplainsAndOpensNothing() {
        var state = loadedState(summaries: [summary(1, status: .rejected)])
        let effects = state.press(.char("r"))
        #expect(effects.isEmpty)
        #expect(state.screen == .list)
        #expect(state.footer?.text == "Only pending invitations can be rejected; this one is REJECTED.")
    }

    @Test func rejectFromDetailsActsOnTheShownInvitation() {
        var state = loadedState(3)
        state.press(.down, .enter, .char("r"), .char("5"))
        #expect(state.screen == .confirmReject(confirmation(.other, id: 2)))
        let effects = state.press(.char("y"))
        #expect(effects == [.reject(catalog: .sandbox, id: invitationID(2), reason: .other)])
        #expect(state.screen == .details(id: invitationID(2)))
    }

    @Test func rejectSuccessOnDetailsMovesToTheNextPendingInvitation() {
        var state = loadedState(3)
        state.press(.enter, .char("r"), .char("5"), .char("y"))
        state.send(.rejectSucceeded(catalog: .sandbox, id: invitationID(1), reason: .other))
        #expect(state.screen == .details(id: invitationID(2)))
    }

    @Test func productionConfirmationIsMarked() {
        var state = TriageState(catalog: .aws, identityLabel: "p", now: testNow, sessionNonce: "n")
        _ = state.start()
        state.send(.identityResolved(label: "profile ops · role Triage · account 444455556666"))
        state.send(.pageLoaded(catalog: .aws, generation: 1, summaries: [summary(1, catalog: .aws)], nextToken: nil))
        state.press(.char("r"), .char("1"))
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.isProduction)
        #expect(confirmation.lines.contains("Catalog: AWS (production)"))
        // The account that receives the rejection is named in the dialog itself.
        #expect(confirmation.lines.contains("As:      profile ops · role Triage · account 444455556666"))
    }

    private func confirmation(_ reason: RejectionReason, id: Int = 1) -> DecisionConfirmation {
        DecisionConfirmation(
            decision: .reject(reason), catalog: .sandbox,
            targets: [DecisionTarget(row: InvitationRow(summary: summary(id)))], identity: "profile test")
    }

    @Test func aTooSmallTerminalIgnoresEveryKeyButQuit() {
        var state = loadedState(3)
        state.send(.resize(cols: 60, rows: 15))
        // r, 3, y would reject blind: none of it may act while only the size message is shown.
        #expect(state.press(.char("r"), .char("3"), .char("y")).isEmpty)
        #expect(state.screen == .list)
        #expect(state.press(.down, .char("T"), .char("a")).isEmpty)
        #expect(state.cursor == 0 && state.tagged.isEmpty)
        state.send(.resize(cols: 80, rows: 24))
        state.press(.char("r"), .char("3"))
        state.send(.resize(cols: 60, rows: 15))
        #expect(state.press(.char("y")).isEmpty)
        #expect(state.screen == .confirmReject(confirmation(.unableToSupport)))
        state.send(.resize(cols: 60, rows: 15))
        #expect(state.press(.char("q")) == [.quit])
    }

    @Test func quittingATooSmallTerminalWhileSendingAsksFirst() {
        var state = loadedState(3)
        state.press(.char("r"), .char("3"), .char("y"))
        state.send(.resize(cols: 60, rows: 15))
        #expect(state.press(.char("q")).isEmpty)
        #expect(state.screen == .quitConfirm)
        #expect(state.press(.char("y")) == [.quit])
    }
}
