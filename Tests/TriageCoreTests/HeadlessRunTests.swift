import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// The command line's runs: the UI's BatchRun without a screen, following accepts by the caller's policy.
@Suite struct HeadlessRunTests {
    private let taskID = "task-0000000000001"
    private let now = Date(timeIntervalSince1970: 1_767_225_600)

    private func accept(_ ids: [String], policy: AcceptFollowPolicy = .waitForEach) -> (TriageState, [TriageEffect]) {
        TriageState.headless(
            decision: .accept, catalog: .sandbox, ids: ids, sessionNonce: "n", acceptPolicy: policy, now: now)
    }

    @Test func anAcceptReadsItsInvitationFirstThenStartsTheTaskOfAnOpportunity() {
        var (state, effects) = accept([invitationID(1)])
        #expect(effects == [.getInvitation(catalog: .sandbox, id: invitationID(1), priority: .foreground)])
        effects = state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        #expect(
            effects == [.startAccept(catalog: .sandbox, id: invitationID(1), clientToken: "n-\(invitationID(1))-1")])
    }

    @Test func aLeadIsReportedOnceItsEngagementAnswers() {
        var (state, _) = accept([invitationID(1), invitationID(2)])
        var lead = invitation(1)
        lead.payloadType = .leadInvitation
        lead.engagementId = "eng-1"
        #expect(
            state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: lead))
                == [.acceptLead(catalog: .sandbox, id: invitationID(1))])
        #expect(
            state.send(.leadAccepted(catalog: .sandbox, id: invitationID(1)))
                == [.getEngagement(catalog: .sandbox, id: invitationID(1), engagementID: "eng-1")])
        #expect(state.results.isEmpty)
        let next = state.send(.engagementFailed(catalog: .sandbox, id: invitationID(1), message: "timeout"))
        #expect(
            state.results == [
                RunResult(
                    id: invitationID(1), outcome: .leadAccepted(engagementID: "eng-1", engagement: .failed("timeout")))
            ])
        #expect(next == [.getInvitation(catalog: .sandbox, id: invitationID(2), priority: .foreground)])
    }

    @Test func waitingForEachTaskBacksOffFromHalfASecondToFiveAndHoldsTheNextRequest() {
        var (state, _) = accept([invitationID(1), invitationID(2)])
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        var effects = state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .inProgress)))
        var delays: [Duration] = []
        for _ in 0..<6 {
            guard case .pollAcceptTask(_, _, _, let delay) = effects.first, effects.count == 1 else {
                Issue.record("expected one poll, got \(effects)")
                return
            }
            delays.append(delay)
            effects = state.send(
                .acceptTaskPolled(
                    catalog: .sandbox, id: invitationID(1),
                    task: .init(taskId: taskID, taskStatus: .inProgress)))
        }
        #expect(delays == [.milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5)])
        #expect(state.batch?.inFlight?.id == invitationID(1))
        effects = state.send(
            .acceptTaskPolled(
                catalog: .sandbox, id: invitationID(1),
                task: .init(taskId: taskID, taskStatus: .complete, opportunityId: "O1")))
        #expect(
            state.results == [
                RunResult(id: invitationID(1), outcome: .taskCompleted(taskID: taskID, opportunityID: "O1"))
            ])
        #expect(effects == [.getInvitation(catalog: .sandbox, id: invitationID(2), priority: .foreground)])
    }

    @Test func stoppingWhileWaitingForATaskGivesUpTheWaitAtOnce() {
        var (state, _) = accept([invitationID(1), invitationID(2)])
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .inProgress)))
        state.send(.stopRun)
        #expect(state.batch == nil)
        #expect(
            state.results == [
                RunResult(id: invitationID(1), outcome: .taskNotConfirmed(taskID: taskID, .stoppedWaiting))
            ])
    }

    @Test func aStopWhileTheStartIsSentEndsTheRunWhenItAnswersWithoutWaiting() {
        var (state, _) = accept([invitationID(1), invitationID(2)])
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        state.send(.stopRun)
        let effects = state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .inProgress)))
        #expect(effects.isEmpty)
        #expect(state.batch == nil)
        #expect(
            state.results == [
                RunResult(id: invitationID(1), outcome: .taskNotConfirmed(taskID: taskID, .stoppedWaiting))
            ])
    }

    @Test func withNoWaitAStartedTaskIsReportedAsStarted() {
        var (state, _) = accept([invitationID(1)], policy: .startOnly)
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: invitation(1)))
        let effects = state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1), task: .init(taskId: taskID, taskStatus: .inProgress)))
        #expect(effects.isEmpty)
        #expect(state.results == [RunResult(id: invitationID(1), outcome: .taskStarted(taskID: taskID))])
        #expect(state.batch == nil)
    }

    @Test func aDecisionAlreadyMadeIsASuccessTheStatusLineNames() {
        var state = loadedState(2)
        state.press(.char("r"), .char("1"), .char("y"))
        var current = invitation(1, status: .rejected)
        current.rejectionReason = "Other"
        let effects = state.send(.decisionAlreadyMade(catalog: .sandbox, id: invitationID(1), invitation: current))
        #expect(effects.isEmpty)
        #expect(state.footer?.text == "\(invitationID(1)) was already rejected.")
        #expect(state.invitations.first { $0.id == invitationID(1) }?.status == .rejected)
        #expect(
            state.results == [
                RunResult(id: invitationID(1), outcome: .alreadyMade(.rejected, rejectionReason: "Other"))
            ])
    }
}
