import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// The AWS CLI against a live emulator for opportunities, AWS summaries, engagements and their members.
@Suite("AWS CLI against the emulator's opportunities")
struct AWSCLIOpportunityTests {
    static func ids(_ output: ExternalTool.Output) -> [String] {
        ((output.json as? [String: Any])?["OpportunitySummaries"] as? [[String: Any]] ?? []).compactMap {
            $0["Id"] as? String
        }
    }

    @Test func listsGetsAssignsAndSummarises() async throws {
        try await withLiveEmulator { emulator in
            let all = try await AWSCLITests.aws(
                emulator, ["list-opportunities", "--catalog", "Sandbox", "--page-size", "1"])
            #expect(all.status == 0, "\(all.stderr)")
            #expect(Self.ids(all) == ["O1000000001", "O1000000005", "O1000000002"])
            let named = try await AWSCLITests.aws(
                emulator,
                [
                    "list-opportunities", "--catalog", "Sandbox", "--customer-company-name", "TAILSPIN AIR LTD.",
                    "--life-cycle-stage", "Technical Validation",
                ])
            #expect(Self.ids(named) == ["O1000000002"], "\(named.stderr)")
            let sorted = try await AWSCLITests.aws(
                emulator,
                [
                    "list-opportunities", "--catalog", "Sandbox", "--sort",
                    "SortOrder=ASCENDING,SortBy=CustomerCompanyName",
                ])
            #expect(Self.ids(sorted) == ["O1000000005", "O1000000001", "O1000000002"])
            let firstItem = try await AWSCLITests.aws(
                emulator, ["list-opportunities", "--catalog", "Sandbox", "--max-items", "1"])
            #expect(Self.ids(firstItem) == ["O1000000001"])
            #expect((firstItem.json as? [String: Any])?["NextToken"] != nil)

            let got = try await AWSCLITests.aws(
                emulator, ["get-opportunity", "--catalog", "AWS", "--identifier", "O1000000004"])
            let opportunity = try #require(got.json as? [String: Any], "\(got.stderr)")
            #expect(
                ((opportunity["Customer"] as? [String: Any])?["Account"] as? [String: Any])?["CompanyName"] as? String
                    == "sunny bakes 🍩 co")

            let assign = try await AWSCLITests.aws(
                emulator,
                [
                    "assign-opportunity", "--catalog", "AWS", "--identifier", "O1000000004", "--assignee",
                    "Email=sam.lee@partner.example,FirstName=Sam,LastName=Lee,BusinessTitle=PDM",
                ])
            #expect(assign.status == 0, "\(assign.stderr)")
            let after = try await AWSCLITests.aws(
                emulator, ["get-opportunity", "--catalog", "AWS", "--identifier", "O1000000004"])
            let team = (after.json as? [String: Any])?["OpportunityTeam"] as? [[String: Any]]
            #expect(team?.first?["Email"] as? String == "sam.lee@partner.example")

            let summary = try await AWSCLITests.aws(
                emulator,
                ["get-aws-opportunity-summary", "--catalog", "AWS", "--related-opportunity-identifier", "O1000000004"])
            let insights = (summary.json as? [String: Any])?["Insights"] as? [String: Any]
            #expect(insights?["EngagementScore"] as? String == "High", "\(summary.stderr)")

            let badAssignee = try await AWSCLITests.aws(
                emulator,
                [
                    "assign-opportunity", "--catalog", "AWS", "--identifier", "O1000000004", "--assignee",
                    "Email=nobody,FirstName=A,LastName=B,BusinessTitle=PDM",
                ])
            #expect(badAssignee.stderr.contains("(ValidationException)"), "\(badAssignee.stderr)")
            let badCatalog = try await AWSCLITests.aws(emulator, ["list-opportunities", "--catalog", "Nope"])
            #expect(badCatalog.stderr.contains("(ValidationException)"), "\(badCatalog.stderr)")
            let unknown = try await AWSCLITests.aws(
                emulator, ["get-opportunity", "--catalog", "AWS", "--identifier", "O1"])
            #expect(unknown.stderr.contains("(ResourceNotFoundException)"), "\(unknown.stderr)")
        }
    }

    @Test func readsAnAcceptedInvitationsEngagementAndMembers() async throws {
        try await withLiveEmulator { emulator in
            let pick = await emulator.store.invitations(catalog: "Sandbox").first {
                $0.status == .pending && $0.payloadType == .leadInvitation
                    && $0.expirationDate!.date > Date().addingTimeInterval(86_400)
                    && TestSeeds.demo.acceptTaskFailures[EmulatorSeed.key(catalog: "Sandbox", id: $0.id!)] == nil
            }!
            let start = try await AWSCLITests.aws(
                emulator,
                ["start-engagement-by-accepting-invitation-task", "--catalog", "Sandbox", "--identifier", pick.id!])
            let opportunityId = try #require(
                (start.json as? [String: Any])?["OpportunityId"] as? String, "\(start.stderr)")
            let listed = try await AWSCLITests.aws(
                emulator, ["list-opportunities", "--catalog", "Sandbox", "--identifier", opportunityId])
            #expect(Self.ids(listed) == [opportunityId])

            let engagement = try await AWSCLITests.aws(
                emulator, ["get-engagement", "--catalog", "Sandbox", "--identifier", pick.engagementId!])
            let contexts = (engagement.json as? [String: Any])?["Contexts"] as? [[String: Any]]
            let lead = (contexts?.first?["Payload"] as? [String: Any])?["Lead"] as? [String: Any]
            let interaction = (lead?["Interactions"] as? [[String: Any]])?.first
            #expect(
                (interaction?["Contact"] as? [String: Any])?["Email"] as? String != nil,
                "\(engagement.stdout)\(engagement.stderr)")

            let members = try await AWSCLITests.aws(
                emulator,
                [
                    "list-engagement-members", "--catalog", "Sandbox", "--identifier", pick.engagementId!,
                    "--page-size", "1",
                ])
            let list = (members.json as? [String: Any])?["EngagementMemberList"] as? [[String: Any]]
            #expect(list?.count == (pick.existingMembers?.count ?? 0) + 1, "\(members.stderr)")
            #expect(list?.last?["AccountId"] as? String == "444455556666")
        }
    }
}
