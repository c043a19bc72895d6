import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct AcceptFlowTests {
    private let taskID = "task-0000000000001"

    @Test func acceptKeyOpensTheConfirmationWithoutSending() {
        var state = loadedState(2)
        let effects = state.press(.char("a"))
        #expect(effects.isEmpty)
        guard case .confirmAccept(let confirmation) = state.screen else {
            Issue.record("no confirmation: \(state.screen)")
            return
        }
        #expect(confirmation.decision == .accept)
        #expect(confirmation.title == "Accept this invitation?")
        #expect(confirmation.lines.joined().contains(invitationID(1)))
    }

    @Test func cancellingTheAcceptConfirmationSendsNothing() {
        for key in [Key.char("n"), .escape] {
            var state = loadedState(2)
            state.press(.char("a"))
            let effects = state.press(key)
            #expect(effects == [])
            #expect(state.screen == .list)
            #expect(!state.hasWritesInFlight)
        }
    }

    @Test func yesStartsTheAcceptTaskWithAPerIntentClientToken() {
        var state = loadedState(2)
        state.press(.char("a"))
        let effects = state.press(.char("y"))
        #expect(
            effects == [.startAccept(catalog: .sandbox, id: invitationID(1), clientToken: "nonce-\(invitationID(1))-1")]
        )
    }

    @Test func inProgressTaskIsPolledUntilCompleteThenTheRowShowsAccepted() {
        var state = loadedState(2)
        state.press(.char("a"), .char("y"))
        let started = state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1),
                task: .init(taskId: taskID, taskStatus: .inProgress)))
        #expect(
            started == [.pollAcceptTask(catalog: .sandbox, id: invitationID(1), taskID: taskID, delay: .seconds(1))])
        #expect(state.rowActivity[invitationID(1)] == .accepting)
        #expect(state.hasWritesInFlight)
        let again = state.send(
            .acceptTaskPolled(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .inProgress)))
        #expect(again == [.pollAcceptTask(catalog: .sandbox, id: invitationID(1), taskID: taskID, delay: .seconds(1))])
        let done = state.send(
            .acceptTaskPolled(
                catalog: .sandbox, id: invitationID(1),
                task: .init(taskId: taskID, taskStatus: .complete, opportunityId: "O1234")))
        // What the accept created is read next, to show in the details.
        #expect(
            done == [
                .getOpportunity(catalog: .sandbox, id: invitationID(1), opportunityID: "O1234"),
                .getAwsSummary(catalog: .sandbox, id: invitationID(1), opportunityID: "O1234"),
            ])
        #expect(state.invitations[0].statusLabel == "ACCEPTED")
        #expect(state.footer?.text == "Accepted “Project 1” · opportunity O1234")
        #expect(state.session.accepted == 1)
        #expect(!state.hasWritesInFlight)
        #expect(state.rowActivity[invitationID(1)] == nil)
    }

    @Test func failedTaskShowsTheTasksFailureReason() {
        var state = loadedState(2)
        state.press(.char("a"), .char("y"))
        state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .inProgress)))
        state.send(
            .acceptTaskPolled(
                catalog: .sandbox, id: invitationID(1),
                task: .init(
                    taskId: taskID, taskStatus: .failed, message: "Opportunity validation failed",
                    reasonCode: .opportunityValidationFailed)))
        #expect(state.invitations[0].isPending)
        #expect(state.rowActivity[invitationID(1)] == .failed("Opportunity validation failed"))
        #expect(state.footer?.text == "Accept of “Project 1” failed: Opportunity validation failed")
        #expect(state.session.failed == 1)
        #expect(!state.hasWritesInFlight)
    }

    @Test func taskThatCompletesAtOnceNeedsNoPoll() {
        var state = loadedState(2)
        state.press(.char("a"), .char("y"))
        let effects = state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .complete)))
        #expect(effects.isEmpty)
        #expect(state.invitations[0].status == .accepted)
    }

    @Test func startFailureShowsTheMessage() {
        var state = loadedState(2)
        state.press(.char("a"), .char("y"))
        state.send(
            .acceptFailed(
                catalog: .sandbox, id: invitationID(1), message: "ServiceQuotaExceededException: too many",
                errorCode: "ServiceQuotaExceededException"))
        #expect(state.footer?.text == "Accept failed: ServiceQuotaExceededException: too many")
        #expect(state.session.failed == 1)
    }

    @Test func retryAfterAFailureUsesANewClientToken() {
        var state = loadedState(2)
        state.press(.char("a"), .char("y"))
        state.send(.acceptFailed(catalog: .sandbox, id: invitationID(1), message: "x", errorCode: nil))
        state.press(.char("a"))
        let effects = state.press(.char("y"))
        #expect(
            effects == [.startAccept(catalog: .sandbox, id: invitationID(1), clientToken: "nonce-\(invitationID(1))-2")]
        )
    }

    @Test func pollFailuresAreRetriedThenReportedUnknown() {
        var state = loadedState(2)
        state.press(.char("a"), .char("y"))
        state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .inProgress)))
        for attempt in 1..<AcceptFollowPolicy.alongside.maxFailedPolls {
            let effects = state.send(.acceptPollFailed(catalog: .sandbox, id: invitationID(1), message: "timeout"))
            #expect(
                effects == [
                    .pollAcceptTask(
                        catalog: .sandbox, id: invitationID(1), taskID: taskID, delay: .seconds(1) * attempt)
                ])
        }
        let last = state.send(.acceptPollFailed(catalog: .sandbox, id: invitationID(1), message: "timeout"))
        #expect(last.isEmpty)
        #expect(!state.hasWritesInFlight)
        #expect(state.rowActivity[invitationID(1)] == .failed("outcome unknown: timeout"))
    }

    @Test func acceptOnARowThatIsNotPendingExplains() {
        var state = loadedState(summaries: [summary(1, status: .expired)])
        let effects = state.press(.char("a"))
        #expect(effects.isEmpty)
        #expect(state.screen == .list)
        #expect(state.footer?.text == "Only pending invitations can be accepted; this one is EXPIRED.")
    }
}
