import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// After an accept: the details show the opportunity it created and AWS's side, and say when contacts are not
/// shared yet; `R` reads them again.
@Suite struct FollowThroughTests {
    func acceptedState() -> TriageState {
        var state = loadedState(2)
        state.press(.char("a"), .char("y"))
        state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1),
                task: .init(taskId: "task-1", taskStatus: .complete, opportunityId: "O777")))
        return state
    }

    @Test func theCreatedOpportunityAndAWSSummaryFillInCleaned() {
        var state = acceptedState()
        #expect(state.accepted[invitationID(1)]?.opportunity == .loading)
        var opportunity = GetOpportunityResponse()
        opportunity.id = "O777"
        opportunity.lifeCycle = LifeCycle(stage: .prospect, targetCloseDate: "2027-03-31")
        opportunity.customer = Customer(account: Account(companyName: "Contoso\u{1b}[2J"), contacts: [])
        state.send(.opportunityLoaded(catalog: .sandbox, id: invitationID(1), opportunity: opportunity))
        guard case .loaded(let facts) = state.accepted[invitationID(1)]?.opportunity else {
            Issue.record("not loaded")
            return
        }
        #expect(facts.stage == "Prospect" && facts.targetCloseDate == "2027-03-31")
        #expect(facts.customer == "Contoso^[[2J")
        #expect(facts.contacts.isEmpty)

        var summary = GetAwsOpportunitySummaryResponse()
        summary.insights = AwsOpportunityInsights(
            nextBestActions: "Call the customer\nthis week", engagementScore: .high)
        summary.opportunityTeam = [AwsTeamMember(email: "pdm@amazon.com", firstName: "Pat", lastName: "Lee")]
        state.send(.awsSummaryLoaded(catalog: .sandbox, id: invitationID(1), summary: summary))
        guard case .loaded(let aws) = state.accepted[invitationID(1)]?.awsSummary else {
            Issue.record("not loaded")
            return
        }
        #expect(aws.engagementScore == "High")
        #expect(aws.nextBestActions == ["Call the customer", "this week"])
        #expect(aws.team == ["Pat Lee · pdm@amazon.com"])
    }

    @Test func rInTheDetailsReadsTheFollowUpsAgainAndFailuresAreShown() {
        var state = acceptedState()
        state.send(.followUpFailed(catalog: .sandbox, id: invitationID(1), read: .awsSummary, message: "Throttled"))
        #expect(state.accepted[invitationID(1)]?.awsSummary == .failed("Throttled"))
        state.press(.home, .enter)
        let again = state.press(.char("R"))
        #expect(again.contains(.getOpportunity(catalog: .sandbox, id: invitationID(1), opportunityID: "O777")))
        #expect(again.contains(.getAwsSummary(catalog: .sandbox, id: invitationID(1), opportunityID: "O777")))
        #expect(state.accepted[invitationID(1)]?.awsSummary == .loading)
    }

    @Test func theCommandLineDoesNotFollowThrough() {
        var state = loadedState(1)
        state.acceptPolicy = .waitForEach
        state.press(.char("a"), .char("y"))
        let effects = state.send(
            .acceptTaskStarted(
                catalog: .sandbox, id: invitationID(1),
                task: .init(taskId: "t", taskStatus: .complete, opportunityId: "O1")))
        #expect(!effects.contains { if case .getOpportunity = $0 { true } else { false } })
        #expect(state.accepted.isEmpty)
    }

    @Test func anAcceptedLeadsMembersAreListed() {
        var lead = summary(1, type: .leadInvitation)
        lead.engagementId = "eng-00000000000001"
        var state = loadedState(summaries: [lead])
        state.press(.char("a"), .char("y"))
        state.send(.leadAccepted(catalog: .sandbox, id: invitationID(1)))
        #expect(state.engagementMembers[invitationID(1)] == .loading)
        state.send(
            .membersLoaded(
                catalog: .sandbox, id: invitationID(1),
                members: [
                    EngagementMember(companyName: "AWS", websiteUrl: "https://aws.amazon.com"),
                    EngagementMember(accountId: "123456789012"),
                ]))
        #expect(state.engagementMembers[invitationID(1)] == .loaded(["AWS · https://aws.amazon.com", "123456789012"]))
    }
}

/// An opportunity invitation accepted before this session: its accept task names the opportunity.
@Suite struct EarlierAcceptTests {
    func state() -> TriageState {
        let people = [RosterPerson(name: "Ana", email: "ana@example.com", firstName: "Ana", lastName: "Silva")]
        var state = TriageState(catalog: .sandbox, identityLabel: "p", now: testNow, sessionNonce: "n", roster: people)
        _ = state.start()
        state.send(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation, summaries: [summary(1, status: .accepted)],
                nextToken: nil))
        return state
    }

    @Test func openingTheDetailsLooksUpTheOpportunityAndFollowsIt() {
        var state = state()
        let effects = state.press(.enter)
        #expect(effects.contains(.findAcceptedOpportunity(catalog: .sandbox, id: invitationID(1))))
        // Once is enough while the lookup runs.
        state.press(.escape)
        #expect(!state.press(.enter).contains(.findAcceptedOpportunity(catalog: .sandbox, id: invitationID(1))))
        let found = state.send(.acceptedOpportunityFound(catalog: .sandbox, id: invitationID(1), opportunityID: "O42"))
        #expect(
            found == [
                .getOpportunity(catalog: .sandbox, id: invitationID(1), opportunityID: "O42"),
                .getAwsSummary(catalog: .sandbox, id: invitationID(1), opportunityID: "O42"),
            ])
        #expect(state.accepted[invitationID(1)]?.id == "O42")
    }

    @Test func assignLooksUpTheOpportunityFirstThenOffersTheRoster() {
        var state = state()
        let effects = state.press(.char("A"))
        #expect(effects == [.findAcceptedOpportunity(catalog: .sandbox, id: invitationID(1))])
        #expect(state.footer?.text == "Looking up the opportunity of that accept; press A again in a moment.")
        state.send(.acceptedOpportunityFound(catalog: .sandbox, id: invitationID(1), opportunityID: "O42"))
        state.press(.char("A"))
        #expect(state.screen == .assignMenu(selection: 0, targets: [invitationID(1)]))
    }

    @Test func noTaskNamingItLeavesTheDetailsAsTheyWere() {
        var state = state()
        state.press(.enter)
        #expect(
            state.send(.acceptedOpportunityFound(catalog: .sandbox, id: invitationID(1), opportunityID: nil)).isEmpty)
        #expect(state.accepted.isEmpty)
    }
}
