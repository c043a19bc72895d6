import DemoAssets
import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

/// The command line against an emulator that answers as the real service may (`--sparse-responses`: members left
/// out, unknown members, enum values and payload kinds), beside the AWS CLI and boto3 with the pinned model.
@Suite(.serialized) struct LenientOutputEndToEndTests {
    static func demoSeed() throws -> EmulatorSeed {
        try EmulatorSeed.parse(DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
    }

    @Test func sparseListAndShowPrintExactlyWhatBotocoreParses() async throws {
        let seed = try Self.demoSeed()
        try await EndToEndEnvironment.with(seed: seed, sparseResponses: true) { environment in

            for catalog in ["Sandbox", "AWS"] {
                let ours = try await environment.run(["list", "--catalog", catalog, "--output", "json"])
                #expect(ours.status == 0, "\(ours.stderr)")
                // The same page size as ours: the sparse emulator ends some pages with a null row.
                let cli = try await AWSCLI.run(
                    [
                        "list-engagement-invitations", "--catalog", catalog, "--participant-type", "RECEIVER",
                        "--page-size", "100",
                    ],
                    in: environment)
                #expect(cli.status == 0, "\(cli.stderr)")
                #expect(ours.stdout == cli.stdout, "the list shapes are the same in the AWS CLI's bundled model")
                let boto = try await Boto3JSON.run(
                    "list_engagement_invitations", each: [["Catalog": catalog, "ParticipantType": "RECEIVER"]],
                    in: environment)
                #expect([ours.stdout] == boto)
            }
            var unknownKinds = 0
            let calls = seed.invitations.map { ["Catalog": $0.catalog ?? "", "Identifier": $0.id ?? ""] }
            let boto = try await Boto3JSON.run("get_engagement_invitation", each: calls, in: environment)
            for (invitation, expected) in zip(seed.invitations, boto) {
                let id = try #require(invitation.id)
                let catalog = try #require(invitation.catalog)
                let ours = try await environment.run(["show", id, "--catalog", catalog, "--output", "json"])
                #expect(ours.status == 0, "\(id): \(ours.stderr)")
                #expect(ours.stdout == expected, "\(id)")
                if ours.stdout.contains("SDK_UNKNOWN_MEMBER") { unknownKinds += 1 }
                let text = try await environment.run(["show", id, "--catalog", catalog, "--output", "text"])
                #expect(text.status == 0, "\(id): \(text.stderr)")
            }
            #expect(unknownKinds > 0, "the sparse emulator sends some payload kinds this version does not know")
            #expect(
                try await environment.run(["list", "--catalog", "Sandbox", "--output", "json"]).stdout.contains("null"))
        }
    }

    @Test func theNewMembersAreShownAsText() async throws {
        let seed = try Self.demoSeed()
        try await EndToEndEnvironment.with(seed: seed) { environment in
            let enriched = try #require(seed.invitations.first { $0.enrichmentContext?.leadInsights != nil })
            let text = try await environment.run(
                ["show", enriched.id ?? "", "--catalog", enriched.catalog ?? "", "--output", "text"])
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("Lead readiness:"))
            let plan = try #require(seed.invitations.first { $0.payloadType == .accountPlanningInvitation })
            let planText = try await environment.run([
                "show", plan.id ?? "", "--catalog", plan.catalog ?? "", "--output", "text",
            ])
            #expect(planText.stdout.contains("Type:") && planText.stdout.contains("Account planning"))
            let typed = try #require(
                seed.invitations.first { $0.payload?.opportunityInvitation?.opportunityType != nil })
            let typedText = try await environment.run([
                "show", typed.id ?? "", "--catalog", typed.catalog ?? "", "--output", "text",
            ])
            #expect(typedText.stdout.contains("Opportunity type:"))
        }
    }

    @Test func aLeadIsAcceptedWithAcceptEngagementInvitationAndNamesItsContact() async throws {
        let seed = try Self.demoSeed()
        try await EndToEndEnvironment.with(seed: seed) { environment in
            let lead = try #require(
                seed.invitations.first {
                    $0.payloadType == .leadInvitation && $0.status == .pending && $0.catalog == "Sandbox"
                        && $0.engagementId != nil
                })
            let id = try #require(lead.id)
            let result = try await environment.run(["accept", id, "--catalog", "Sandbox", "--yes"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("\(id)  accepted"), "\(result.stdout)")
            #expect(result.stdout.contains("lead, engagement"), "\(result.stdout)")
            #expect(result.stdout.contains("contact Lead Contact"), "\(result.stdout)")
            #expect(await environment.emulator.invitation(id: id, catalog: "Sandbox")?.status == .accepted)
            #expect(await environment.emulator.store.tasks(catalog: "Sandbox").isEmpty, "no accept task for a lead")
        }
    }

    @Test func anAccountPlanningInvitationCanBeRejectedAndAccepted() async throws {
        let seed = try Self.demoSeed()
        try await EndToEndEnvironment.with(seed: seed) { environment in
            let plans = seed.invitations.filter {
                $0.payloadType == .accountPlanningInvitation && $0.status == .pending && $0.catalog == "Sandbox"
            }
            try #require(plans.count >= 2, "the demo data has two pending account-planning invitations in Sandbox")
            let rejected = try await environment.run(
                ["reject", plans[0].id ?? "", "--catalog", "Sandbox", "--reason", "Other", "--yes"])
            #expect(rejected.status == 0, "\(rejected.stderr)")
            #expect(
                await environment.emulator.invitation(id: plans[0].id ?? "", catalog: "Sandbox")?.status == .rejected)
            let accepted = try await environment.run(["accept", plans[1].id ?? "", "--catalog", "Sandbox", "--yes"])
            #expect(accepted.status == 0, "\(accepted.stderr)")
            #expect(
                await environment.emulator.invitation(id: plans[1].id ?? "", catalog: "Sandbox")?.status == .accepted)
        }
    }
}
