import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// `A`: an accepted opportunity goes to a colleague from the roster, after a confirmation naming both.
@Suite struct AssignTests {
    let ana = RosterPerson(name: "Ana Silva", email: "ana@example.com", firstName: "Ana", lastName: "Silva")
    let ben = RosterPerson(
        name: "Ben Ito", email: "ben@example.com", firstName: "Ben", lastName: "Ito", businessTitle: "Sales Rep")

    func acceptedState(roster: [RosterPerson]) -> TriageState {
        var state = TriageState(
            catalog: .sandbox, identityLabel: "profile sales", now: testNow, sessionNonce: "nonce", roster: roster)
        _ = state.start()
        state.send(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation, summaries: [summary(1), summary(2)], nextToken: nil))
        state.press(.char("a"), .char("y"))
        state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1),
                task: .init(taskId: "t1", taskStatus: .complete, opportunityId: "O100")))
        return state
    }

    @Test func aChosenPersonAndAConfirmationSendExactlyOneAssign() {
        var state = acceptedState(roster: [ana, ben])
        state.press(.home)
        state.press(.char("A"))
        #expect(state.screen == .assignMenu(selection: 0, targets: [invitationID(1)]))
        state.press(.down, .enter)
        #expect(state.screen == .confirmAssign(person: 1, targets: [invitationID(1)]))
        let lines = state.assignConfirmationLines(person: 1, targets: [invitationID(1)])
        #expect(lines.contains("To:      Ben Ito <ben@example.com>, Sales Rep"))
        #expect(lines.contains("  • O100 from “Project 1”"))
        let effects = state.press(.char("y"))
        #expect(effects == [.assign(catalog: .sandbox, id: invitationID(1), opportunityID: "O100", person: ben)])
        #expect(state.hasWritesInFlight)
        let after = state.send(.assignAnswered(catalog: .sandbox, id: invitationID(1), failure: nil))
        // The opportunity is read again so the details show who has it now; nothing more is sent.
        #expect(after == [.getOpportunity(catalog: .sandbox, id: invitationID(1), opportunityID: "O100")])
        #expect(state.assignRun == nil)
        #expect(state.footer?.text == "Assigned 1 of 1 to Ben Ito.")
    }

    @Test func nIsCancelAndNothingIsSent() {
        var state = acceptedState(roster: [ana])
        state.press(.home, .char("A"), .char("1"))
        #expect(state.press(.char("n")).isEmpty)
        #expect(state.assignRun == nil)
    }

    @Test func withoutARosterOrAnAcceptedOpportunityItSaysWhy() {
        var noRoster = acceptedState(roster: [])
        noRoster.press(.home, .char("A"))
        #expect(noRoster.screen == .list)
        #expect(noRoster.footer?.text.contains("[[roster]]") == true)
        var pending = acceptedState(roster: [ana])
        pending.press(.end, .char("A"))
        #expect(pending.screen == .list)
        #expect(pending.footer?.text.contains("accepted") == true)
    }

    @Test func bulkAssignSendsOneAtATimeAndCountsFailures() {
        var state = acceptedState(roster: [ana])
        state.press(.char("a"))
        // Accept the second one too, then tag both.
        state.press(.end, .char("a"), .char("y"))
        state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(2),
                task: .init(taskId: "t2", taskStatus: .complete, opportunityId: "O200")))
        state.press(.home, .char(" "), .char(" "))
        state.press(.char("A"), .enter)
        let first = state.press(.char("y"))
        #expect(first == [.assign(catalog: .sandbox, id: invitationID(1), opportunityID: "O100", person: ana)])
        let second = state.send(.assignAnswered(catalog: .sandbox, id: invitationID(1), failure: "AccessDenied"))
        #expect(second == [.assign(catalog: .sandbox, id: invitationID(2), opportunityID: "O200", person: ana)])
        state.send(.assignAnswered(catalog: .sandbox, id: invitationID(2), failure: nil))
        #expect(state.footer?.text == "Assigned 1 of 2 to Ana Silva, 1 failed.")
    }
}
