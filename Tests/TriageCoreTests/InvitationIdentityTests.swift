import PartnerCentral
import Testing

@testable import TriageCore

@Suite struct InvitationIdentityTests {
    private let arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\(invitationID(1))"

    @Test func anIdAndItsARNAreTheSameInvitation() {
        #expect(InvitationIdentity.same(invitationID(1), arn))
        #expect(InvitationIdentity.same(arn, invitationID(1)))
        #expect(InvitationIdentity.plainID(arn) == invitationID(1))
        #expect(!InvitationIdentity.same(invitationID(2), arn))
        #expect(!InvitationIdentity.same(arn, arn.replacingOccurrences(of: "Sandbox", with: "AWS")))
    }

    @Test func detailsOfAnotherInvitationAreRefusedNotShownBesideTheRow() {
        var state = loadedState(3)
        var other = invitation(2, title: "Someone else's deal")
        other.arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\(invitationID(2))"
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: other))
        guard case .failed(let message)? = state.details[invitationID(1)] else {
            Issue.record("expected a details failure, got \(String(describing: state.details[invitationID(1)]))")
            return
        }
        #expect(message.contains(invitationID(2)) && message.contains(invitationID(1)))
        // The row keeps its own status; the other invitation's answer changed nothing.
        #expect(state.invitations[0].title == "Project 1")
    }

    @Test func detailsWithAnARNWhoseIdDiffersAreRefused() {
        var state = loadedState(3)
        var answer = invitation(1)
        answer.arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\(invitationID(3))"
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: answer))
        guard case .failed? = state.details[invitationID(1)] else {
            Issue.record("expected a details failure")
            return
        }
    }

    @Test func detailsAskedForByARNMayAnswerWithThePlainIdAndViceVersa() {
        var state = loadedState(3)
        var answer = invitation(1)
        answer.arn = arn
        state.send(.detailsLoaded(catalog: .sandbox, id: arn, invitation: answer))
        guard case .loaded? = state.details[arn] else {
            Issue.record("expected details for the ARN")
            return
        }
        var byARN = invitation(2)
        byARN.id = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\(invitationID(2))"
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(2), invitation: byARN))
        guard case .loaded? = state.details[invitationID(2)] else {
            Issue.record("expected details for the id")
            return
        }
    }

    @Test func aWriteWhoseAnswerWasLostCountsAsUnknownNotFailedAndIsReadAgain() {
        var state = loadedState(2)
        state.press(.char("r"), .char("1"), .char("y"))
        let effects = state.send(.writeOutcomeUnknown(catalog: .sandbox, id: invitationID(1), message: "timed out"))
        #expect(effects == [.refreshInvitation(catalog: .sandbox, id: invitationID(1))])
        #expect(state.session.unknown == 1 && state.session.failed == 0)
        #expect(state.rowActivity[invitationID(1)] == .failed("outcome unknown: timed out"))
        #expect(state.session.summary == "This session: 0 rejected, 0 accepted, 0 failed, 1 with an unknown outcome.")
    }
}
