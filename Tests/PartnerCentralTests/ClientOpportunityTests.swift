import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

/// The client's operations after the decision against the real emulator: opportunities, AWS summaries, engagements
/// and their members.
@Suite struct ClientOpportunityTests {
    static let invitationId = "engi-00000000000o1"
    static let engagementId = "eng-0000000000000o"

    /// One pending opportunity invitation and one opportunity of the partner's own that duplicates it.
    static var seed: EmulatorSeed {
        let invitation = EngagementInvitation(
            payloadType: .opportunityInvitation, id: invitationId, engagementId: engagementId,
            engagementTitle: "Patient data platform", status: .pending,
            invitationDate: Timestamp(Date(timeIntervalSince1970: 1_790_000_000)),
            expirationDate: Timestamp(Date(timeIntervalSince1970: 1_990_000_000)),
            receiver: Receiver(account: AccountReceiver(alias: "partner-triage-test", awsAccountId: "444455556666")),
            catalog: "Sandbox",
            payload: Payload(
                opportunityInvitation: OpportunityInvitationPayload(
                    senderContacts: [
                        SenderContact(email: "seller@amazon.example", firstName: "Ada", lastName: "Seller")
                    ],
                    customer: EngagementCustomer(
                        industry: .healthcare, companyName: "Contoso Health Partners",
                        websiteUrl: "https://www.contosohealth.example", countryCode: CountryCode(rawValue: "US")),
                    project: ProjectDetails(
                        businessProblem: "Consolidate patient records from six clinics.", title: "Patient data platform"
                    ))),
            existingMembers: [EngagementMemberSummary(companyName: "AWS", websiteUrl: "https://aws.amazon.com")])
        let existing = GetOpportunityResponse(
            catalog: "Sandbox",
            customer: Customer(account: Account(companyName: "Contoso Health Partners Inc.")),
            project: Project(title: "Patient data platform, phase 1"), id: "O77",
            lastModifiedDate: Timestamp(Date(timeIntervalSince1970: 1_780_000_000)),
            createdDate: Timestamp(Date(timeIntervalSince1970: 1_770_000_000)),
            relatedEntityIdentifiers: RelatedEntityIdentifiers(),
            lifeCycle: LifeCycle(stage: .qualified, reviewStatus: .approved))
        return EmulatorSeed(invitations: [invitation], opportunities: [SeedOpportunity(existing)])
    }

    static func expectError(
        _ code: PartnerCentralError.Code, _ body: () async throws -> Void,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        do {
            try await body()
            Issue.record("expected \(code)", sourceLocation: sourceLocation)
        } catch let error as PartnerCentralError {
            #expect(error.code == code, "\(error)", sourceLocation: sourceLocation)
        }
    }

    @Test func acceptsThenReadsAssignsAndSummarisesTheOpportunity() async throws {
        try await ClientEmulatorTests.withClient(seed: Self.seed) { client, emulator in
            let task = try await client.startEngagementByAcceptingInvitationTask(
                catalog: "Sandbox", identifier: Self.invitationId)
            let id = try #require(task.value.opportunityId)

            let listed = try await client.listOpportunities(ListOpportunitiesRequest(catalog: "Sandbox", maxResults: 1))
            #expect(listed.opportunitySummaries?.map(\.id) == [id])
            let next = try #require(listed.nextToken)
            let rest = try await client.listOpportunities(
                ListOpportunitiesRequest(catalog: "Sandbox", maxResults: 1, nextToken: next))
            #expect(rest.opportunitySummaries?.map(\.id) == ["O77"])
            #expect(rest.nextToken == nil)
            let byName = try await client.listOpportunities(
                ListOpportunitiesRequest(
                    catalog: "Sandbox", sort: OpportunitySort(sortOrder: .ascending, sortBy: .customerCompanyName),
                    customerCompanyName: ["Contoso Health Partners Inc."]))
            #expect(byName.opportunitySummaries?.map(\.id) == ["O77"])
            // Without the legal suffix, the name finds both: a duplicate check searches that way.
            let bare = try await client.listOpportunities(
                ListOpportunitiesRequest(catalog: "Sandbox", customerCompanyName: ["contoso health partners"]))
            #expect(Set(bare.opportunitySummaries?.compactMap(\.id) ?? []) == [id, "O77"])

            let opportunity = try await client.getOpportunity(GetOpportunityRequest(catalog: "Sandbox", identifier: id))
            #expect(opportunity.project?.title == "Patient data platform")
            #expect(opportunity.customer?.account?.companyName == "Contoso Health Partners")
            #expect(opportunity.lifeCycle?.stage == .prospect)

            let assignee = AssigneeContact(
                email: "sam.lee@partner.example", firstName: "Sam", lastName: "Lee", businessTitle: "PDM")
            let requestId = try await client.assignOpportunity(
                AssignOpportunityRequest(catalog: "Sandbox", identifier: id, assignee: assignee))
            #expect(requestId != nil)
            #expect(
                await emulator.store.opportunity(id: id, catalog: "Sandbox")?.opportunityTeam?.map(\.email) == [
                    "sam.lee@partner.example"
                ])

            let summary = try await client.getAwsOpportunitySummary(
                GetAwsOpportunitySummaryRequest(catalog: "Sandbox", relatedOpportunityIdentifier: id))
            #expect(summary.relatedOpportunityId == id)
            #expect(summary.opportunityTeam?.map(\.email) == ["seller@amazon.example"])
            #expect(summary.insights?.engagementScore != nil)
        }
    }

    @Test func readsTheEngagementAndItsMembers() async throws {
        try await ClientEmulatorTests.withClient(seed: Self.seed) { client, _ in
            let engagement = try await client.getEngagement(
                GetEngagementRequest(catalog: "Sandbox", identifier: Self.engagementId))
            #expect(engagement.id == Self.engagementId)
            #expect(engagement.contexts?.first?.payload?.customerProject?.project?.title == "Patient data platform")
            try await Self.expectError(.accessDenied) {
                _ = try await client.listEngagementMembers(
                    ListEngagementMembersRequest(catalog: "Sandbox", identifier: Self.engagementId))
            }
            _ = try await client.startEngagementByAcceptingInvitationTask(
                catalog: "Sandbox", identifier: Self.invitationId)
            let first = try await client.listEngagementMembers(
                ListEngagementMembersRequest(catalog: "Sandbox", identifier: Self.engagementId, maxResults: 1))
            #expect(first.engagementMemberList?.map(\.companyName) == ["AWS"])
            let token = try #require(first.nextToken)
            let second = try await client.listEngagementMembers(
                ListEngagementMembersRequest(
                    catalog: "Sandbox", identifier: Self.engagementId, maxResults: 1, nextToken: token))
            #expect(second.engagementMemberList?.map(\.accountId) == ["444455556666"])
            #expect(second.nextToken == nil)
        }
    }

    @Test func answersTypedErrors() async throws {
        try await ClientEmulatorTests.withClient(seed: Self.seed) { client, _ in
            try await Self.expectError(.resourceNotFound) {
                _ = try await client.getOpportunity(GetOpportunityRequest(catalog: "Sandbox", identifier: "O1"))
            }
            try await Self.expectError(.resourceNotFound) {
                _ = try await client.getAwsOpportunitySummary(
                    GetAwsOpportunitySummaryRequest(catalog: "Sandbox", relatedOpportunityIdentifier: "O77"))
            }
            try await Self.expectError(.validation) {
                _ = try await client.listOpportunities(ListOpportunitiesRequest(catalog: "Nope"))
            }
        }
    }
}
