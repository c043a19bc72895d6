import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// The current service model in the core: leads are accepted with `AcceptEngagementInvitation` and show their
/// engagement; enrichment, opportunity type and account planning reach the details; missing values show as "—".
@Suite struct CurrentModelTests {
    func leadState() -> TriageState {
        var lead = summary(1, type: .leadInvitation)
        lead.engagementId = "eng-00000000000001"
        return loadedState(summaries: [lead, summary(2)])
    }

    @Test func aLeadIsAcceptedWithAcceptEngagementInvitationAndItsEngagementIsRead() {
        var state = leadState()
        state.press(.char("a"))
        #expect(state.press(.char("y")) == [.acceptLead(catalog: .sandbox, id: invitationID(1))])
        let after = state.send(.leadAccepted(catalog: .sandbox, id: invitationID(1)))
        #expect(
            after == [
                .getEngagement(catalog: .sandbox, id: invitationID(1), engagementID: "eng-00000000000001"),
                .listEngagementMembers(catalog: .sandbox, id: invitationID(1), engagementID: "eng-00000000000001"),
            ])
        #expect(state.loadedRow(invitationID(1))?.status == .accepted)
        #expect(state.engagements[invitationID(1)] == .loading)

        let contact = LeadContact(businessTitle: "CTO", email: "ana@example.com", firstName: "Ana", lastName: "Silva")
        let engagement = GetEngagementResponse(
            id: "eng-00000000000001",
            contexts: [
                EngagementContextDetails(
                    payload: EngagementContextPayload(
                        lead: LeadContext(interactions: [LeadInteraction(contact: contact)])))
            ])
        state.send(.engagementLoaded(catalog: .sandbox, id: invitationID(1), engagement: engagement))
        guard case .loaded(let details) = state.engagements[invitationID(1)] else {
            Issue.record("the engagement should be loaded")
            return
        }
        #expect(details.contacts == [.init(name: "Ana Silva", title: "CTO", email: "ana@example.com", phone: nil)])
        #expect(!details.contactsPending)
    }

    @Test func anOpportunityIsStillAcceptedWithTheTask() {
        var state = leadState()
        state.press(.down, .char("a"))
        #expect(
            writes(state.press(.char("y"))) == [
                .startAccept(catalog: .sandbox, id: invitationID(2), clientToken: "nonce-\(invitationID(2))-1")
            ])
    }

    @Test func aContactNotSharedYetSaysSo() {
        let details = EngagementDetails(engagement: GetEngagementResponse(id: "eng-00000000000001", contexts: []))
        #expect(details.contactsPending)
    }

    @Test func enrichmentOpportunityTypeAndAccountPlanningReachTheDetails() {
        var whole = invitation(3)
        whole.payload = Payload(
            opportunityInvitation: OpportunityInvitationPayload(opportunityType: .expansion))
        whole.enrichmentContext = EnrichmentContext(
            prospectingResultAws: InvitationProspectingResultAws(
                customer: ProspectingResultCustomer(
                    segment: "Enterprise", companySize: "1001-5000", eligiblePrograms: ["MAP", "\u{1b}]52;c;x\u{07}"]),
                insights: ProspectingInsights(marketplaceEngagementScore: "High")),
            leadInsights: LeadInsights(
                leadReadinessScore: "72",
                channelRecommendation: ChannelRecommendation(
                    recommendedChannel: "Email",
                    bestOutreachWindows: [BestOutreachWindow(day: .tuesday, startTimeUtc: "14:00", endTimeUtc: "16:00")]
                )))
        let details = InvitationDetails(invitation: whole)
        #expect(details.opportunityType == "Expansion")
        #expect(details.enrichment?.score == "72")
        #expect(details.enrichment?.engagementScore == "High")
        #expect(details.enrichment?.eligiblePrograms.first == "MAP")
        #expect(details.enrichment?.eligiblePrograms.last?.contains("\u{1b}") == false, "service text is cleaned")
        #expect(details.enrichment?.outreachWindows == ["TUESDAY 14:00–16:00 UTC"])
        #expect(details.customerCompany == nil && details.projectTitle == nil, "a missing Customer is no failure")

        var plan = invitation(4)
        plan.payloadType = .accountPlanningInvitation
        plan.payload = Payload(
            accountPlanningInvitation: AccountPlanningInvitationPayload(
                accountIdentifier: "ca-0001",
                customer: AccountCustomer(companyName: "Fabrikam GmbH", countryCode: "DE"),
                preferredContact: PreferredContactWindow(window: .morning, timezone: "Europe/Berlin")))
        let planDetails = InvitationDetails(invitation: plan)
        #expect(planDetails.typeLabel == "Account planning")
        #expect(planDetails.customerCompany == "Fabrikam GmbH")
        #expect(planDetails.accountPlanning?.preferredContact == "MORNING (Europe/Berlin)")
    }

    @Test func anUnknownKindOfInvitationIsNamedAndMissingValuesShowADash() {
        var odd = EngagementInvitation(id: nil)
        odd.payload = Payload(unknownMemberName: "FuturePlanningInvitation")
        let details = InvitationDetails(invitation: odd)
        #expect(details.unknownPayloadKind == "FuturePlanningInvitation")
        #expect(details.idLabel == "—" && details.senderCompany == "—")

        let row = InvitationRow(summary: EngagementInvitationSummary(status: .pending))
        #expect(row.idLabel == "—")
        #expect(!row.isPending, "a row without an id cannot be acted on")
    }
}
