import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// A confirmed reject waits out its grace window before anything is sent; `u` undoes it, time comes only from
/// `.tick` messages.
@Suite struct GraceWindowTests {
    /// `n` seconds after the fixed test time.
    private func at(_ seconds: TimeInterval) -> TriageMessage { .tick(now: testNow.addingTimeInterval(seconds)) }

    /// A Sandbox list of three pending rows with a five-second grace window, the first row's reject confirmed.
    private func confirmedReject() -> (TriageState, [TriageEffect]) {
        var state = loadedState(3, graceSeconds: 5)
        let effects = state.press(.char("r"), .char("1"), .char("y"))
        return (state, effects)
    }

    @Test func yesOnARejectSendsNothingAndStartsTheCountdown() {
        let (state, effects) = confirmedReject()
        #expect(effects == [])
        #expect(state.batch == nil)
        #expect(state.screen == .list)
        #expect(state.grace?.deadline == testNow.addingTimeInterval(5))
        #expect(state.rowActivity[invitationID(1)] == .waiting(.reject(.customerProblemUnclear)))
        #expect(state.progressLine == "Rejecting “Project 1” in 5 s · u to undo")
    }

    @Test func theCountdownFollowsTheTicks() {
        var (state, _) = confirmedReject()
        #expect(state.send(at(1)) == [])
        #expect(state.progressLine == "Rejecting “Project 1” in 4 s · u to undo")
        #expect(state.send(at(3.5)) == [])
        #expect(state.progressLine == "Rejecting “Project 1” in 2 s · u to undo")
        #expect(state.send(at(4.9)) == [])
        #expect(state.progressLine == "Rejecting “Project 1” in 1 s · u to undo")
    }

    @Test func theTickAtTheDeadlineSendsTheRejectExactlyOnce() {
        var (state, _) = confirmedReject()
        state.send(at(1), at(2), at(3), at(4))
        let effects = state.send(at(5))
        #expect(effects == [.reject(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear)])
        #expect(state.grace == nil)
        #expect(state.rowActivity[invitationID(1)] == .sending(.reject(.customerProblemUnclear)))
        #expect(state.progressLine == "Rejecting 1/1 · Esc to stop")
        // Later ticks, and a tick that comes late, send nothing more.
        #expect(writes(state.send(at(6))) == [])
        #expect(writes(state.send(at(60))) == [])
    }

    @Test func aLateTickStillSendsOnlyOnce() {
        var (state, _) = confirmedReject()
        let effects = state.send(at(9))
        #expect(writes(effects).count == 1)
        #expect(writes(state.send(at(10))) == [])
    }

    @Test func undoBeforeTheDeadlineSendsNothingAndLeavesTheRowPending() {
        var (state, _) = confirmedReject()
        state.send(at(2))
        let effects = state.press(.char("u"))
        #expect(effects == [])
        #expect(state.grace == nil)
        #expect(state.rowActivity[invitationID(1)] == nil)
        #expect(state.selectedRow?.isPending == true)
        #expect(state.progressLine == nil)
        #expect(state.footer?.text == "Undone: the reject of “Project 1” was not sent.")
        // The deadline passing afterwards sends nothing.
        #expect(state.send(at(5)) == [])
        #expect(state.send(at(30)) == [])
        #expect(state.batch == nil)
    }

    @Test func escapeOnTheListUndoesToo() {
        var (state, _) = confirmedReject()
        #expect(state.press(.escape) == [])
        #expect(state.grace == nil)
        #expect(state.send(at(10)) == [])
    }

    @Test func undoWorksFromTheDetails() {
        var state = loadedState(3, graceSeconds: 5)
        state.press(.enter, .char("r"), .char("2"), .char("y"))
        #expect(state.screen == .details(id: invitationID(1)))
        #expect(state.grace != nil)
        state.press(.char("u"))
        #expect(state.grace == nil)
        #expect(state.send(at(10)) == [])
    }

    @Test func uWithNothingWaitingSaysSo() {
        var state = loadedState(3, graceSeconds: 5)
        #expect(state.press(.char("u")) == [])
        #expect(state.footer?.text == "Nothing to undo.")
    }

    @Test func aBulkRejectWaitsThenSendsEachTaggedRowOnce() {
        var state = loadedState(4, graceSeconds: 3)
        state.press(.char(" "), .char(" "), .down, .char(" "))
        #expect(state.tagged == [invitationID(1), invitationID(2), invitationID(4)])
        #expect(state.press(.char("r"), .char("5"), .char("y")) == [])
        #expect(state.progressLine == "Rejecting 3 in 3 s · u to undo")
        for id in [1, 2, 4].map(invitationID) {
            #expect(state.rowActivity[id] == .waiting(.reject(.other)))
        }
        #expect(state.rowActivity[invitationID(3)] == nil)
        let first = state.send(at(3))
        #expect(first == [.reject(catalog: .sandbox, id: invitationID(1), reason: .other)])
        var sent = writes(first)
        for id in [1, 2].map(invitationID) {
            sent += writes(state.send(.rejectSucceeded(catalog: .sandbox, id: id, reason: .other)))
        }
        #expect(
            sent == [1, 2, 4].map { .reject(catalog: .sandbox, id: invitationID($0), reason: .other) })
    }

    @Test func undoingABulkRejectKeepsTheTags() {
        var state = loadedState(4, graceSeconds: 3)
        state.press(.char(" "), .char(" "))
        state.press(.char("r"), .char("5"), .char("y"), .char("u"))
        #expect(state.footer?.text == "Undone: the reject of 2 invitations was not sent.")
        #expect(state.tagged == [invitationID(1), invitationID(2)])
        #expect(state.rowActivity.isEmpty)
        #expect(state.send(at(10)) == [])
    }

    @Test func quittingDuringTheWindowAsksAndThenSendsNothing() {
        for key in [Key.char("q"), .char("Q"), .ctrl("c")] {
            var (state, _) = confirmedReject()
            #expect(state.press(key) == [])
            #expect(state.screen == .quitConfirm)
            // The question holds the countdown: the deadline passing while it is open sends nothing.
            #expect(state.send(at(5), at(20)) == [])
            #expect(state.grace != nil)
            #expect(state.press(.char("y")) == [.quit])
        }
    }

    @Test func ctrlCOnTheQuitQuestionQuitsWithoutSending() {
        var (state, _) = confirmedReject()
        state.press(.ctrl("c"))
        #expect(state.press(.ctrl("c")) == [.quit])
        #expect(state.batch == nil)
    }

    @Test func stayingAfterTheQuitQuestionResumesTheCountdownWhereItWas() {
        var (state, _) = confirmedReject()
        state.send(at(2))
        state.press(.char("q"))
        state.send(at(10))
        #expect(state.progressLine == "Rejecting “Project 1” in 3 s · u to undo")
        state.press(.char("n"))
        #expect(state.screen == .list)
        #expect(state.grace?.deadline == testNow.addingTimeInterval(13))
        #expect(state.send(at(12)) == [])
        #expect(writes(state.send(at(13))).count == 1)
    }

    @Test func quittingWithNothingWaitingQuitsAtOnce() {
        var state = loadedState(3, graceSeconds: 5)
        #expect(state.press(.char("q")) == [.quit])
    }

    @Test func graceZeroSendsAtOnce() {
        var state = loadedState(3, graceSeconds: 0)
        let effects = state.press(.char("r"), .char("1"), .char("y"))
        #expect(effects == [.reject(catalog: .sandbox, id: invitationID(1), reason: .customerProblemUnclear)])
        #expect(state.grace == nil)
    }

    @Test func acceptsDoNotWait() {
        var state = loadedState(3, graceSeconds: 5)
        let effects = state.press(.char("a"), .char("y"))
        #expect(
            writes(effects) == [
                .startAccept(catalog: .sandbox, id: invitationID(1), clientToken: "nonce-\(invitationID(1))-1")
            ])
        #expect(state.grace == nil)
    }

    @Test func noOtherDecisionOrCatalogSwitchStartsWhileARejectWaits() {
        var (state, _) = confirmedReject()
        state.press(.down)
        #expect(state.press(.char("r")) == [])
        #expect(state.screen == .list)
        #expect(state.footer?.text == "A reject is waiting to be sent; u undoes it, or wait for it to go.")
        state.press(.char("a"), .char("c"))
        #expect(state.screen == .list)
        #expect(state.grace != nil)
    }

    @Test func theConfirmationSaysWhenTheRejectIsSent() {
        var state = loadedState(3, graceSeconds: 5)
        state.press(.char("r"), .char("1"))
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation: \(state.screen)")
            return
        }
        #expect(confirmation.graceSeconds == 5)
        #expect(
            confirmation.lines.suffix(3) == [
                "It is sent 5 s after y; u undoes it until then.", "Once sent, it cannot be undone.",
                "y reject · n/Esc cancel",
            ])
    }
}
