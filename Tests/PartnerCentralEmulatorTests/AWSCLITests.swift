import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// The AWS CLI (v1, botocore) against a live emulator: the service as a real client sees it.
@Suite("AWS CLI against the emulator")
struct AWSCLITests {
    /// Runs `aws partnercentral-selling <arguments> --endpoint-url <emulator> --output json`.
    static func aws(
        _ emulator: RunningEmulator, _ arguments: [String],
        credentials: AWSCredentials = EmulatorConfiguration.demoCredentials
    ) async throws -> ExternalTool.Output {
        let tool = try ExternalTool.locate("aws")
        var environment = ExternalTool.credentialsEnvironment(credentials)
        // One attempt: error tests must see the first answer, not a retried one.
        environment["AWS_RETRY_MODE"] = "standard"
        environment["AWS_MAX_ATTEMPTS"] = "1"
        return try await tool.run(
            ["partnercentral-selling"] + arguments + [
                "--endpoint-url", emulator.endpoint.absoluteString, "--output", "json",
            ],
            environment: environment)
    }

    static func ids(_ output: ExternalTool.Output) -> [String] {
        let object = output.json as? [String: Any]
        let rows = object?["EngagementInvitationSummaries"] as? [[String: Any]] ?? []
        return rows.compactMap { $0["Id"] as? String }
    }

    @Test func listsWithAutoPaginationFiltersAndSort() async throws {
        try await withLiveEmulator { emulator in
            let expected = await emulator.store.invitations(catalog: "Sandbox")
            let all = try await Self.aws(
                emulator,
                [
                    "list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER",
                    "--page-size", "7",
                ])
            #expect(all.status == 0, "\(all.stderr)")
            #expect(Self.ids(all) == expected.map(\.id))

            let firstTen = try await Self.aws(
                emulator,
                [
                    "list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER",
                    "--max-items", "10", "--page-size", "4",
                ])
            #expect(Self.ids(firstTen) == Array(expected.prefix(10).map(\.id)))
            let cliToken = try #require((firstTen.json as? [String: Any])?["NextToken"] as? String)
            let rest = try await Self.aws(
                emulator,
                [
                    "list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER",
                    "--starting-token", cliToken, "--page-size", "4",
                ])
            #expect(Self.ids(rest) == Array(expected.dropFirst(10).map(\.id)))

            let ascending = try await Self.aws(
                emulator,
                [
                    "list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER",
                    "--sort", "SortOrder=ASCENDING,SortBy=InvitationDate",
                ])
            #expect(Self.ids(ascending) == expected.map(\.id).reversed())

            let pendingLeads = try await Self.aws(
                emulator,
                [
                    "list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER",
                    "--status", "PENDING", "EXPIRED", "--payload-type", "LeadInvitation",
                ])
            #expect(
                Self.ids(pendingLeads)
                    == expected.filter {
                        [.pending, .expired].contains($0.status) && $0.payloadType == .leadInvitation
                    }.map(\.id))

            let pick = expected.first { $0.senderAwsAccountId == "210987654321" }!
            let bySender = try await Self.aws(
                emulator,
                [
                    "list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER",
                    "--sender-aws-account-id", "210987654321",
                ])
            #expect(Self.ids(bySender) == expected.filter { $0.senderAwsAccountId == "210987654321" }.map(\.id))
            let byEngagement = try await Self.aws(
                emulator,
                [
                    "list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER",
                    "--engagement-identifier", pick.engagementId!,
                ])
            #expect(Self.ids(byEngagement) == [pick.id])
        }
    }

    @Test func getsByIdAndArnAndRejectsOnce() async throws {
        try await withLiveEmulator { emulator in
            let pick = await emulator.store.invitations(catalog: "AWS").first {
                $0.status == .pending && $0.expirationDate!.date > Date().addingTimeInterval(86_400)
            }!
            let byId = try await Self.aws(
                emulator, ["get-engagement-invitation", "--catalog", "AWS", "--identifier", pick.id!])
            #expect(byId.status == 0, "\(byId.stderr)")
            let object = try #require(byId.json as? [String: Any])
            #expect(object["Id"] as? String == pick.id)
            #expect(object["Status"] as? String == "PENDING")
            #expect(object["Payload"] != nil)
            let byArn = try await Self.aws(
                emulator, ["get-engagement-invitation", "--catalog", "AWS", "--identifier", pick.arn!])
            #expect((byArn.json as? [String: Any])?["Id"] as? String == pick.id)

            let reject = try await Self.aws(
                emulator,
                [
                    "reject-engagement-invitation", "--catalog", "AWS", "--identifier", pick.id!, "--rejection-reason",
                    "Unable to support",
                ])
            #expect(reject.status == 0, "\(reject.stderr)")
            let after = try await Self.aws(
                emulator, ["get-engagement-invitation", "--catalog", "AWS", "--identifier", pick.id!])
            let rejected = try #require(after.json as? [String: Any])
            #expect(rejected["Status"] as? String == "REJECTED")
            #expect(rejected["RejectionReason"] as? String == "Unable to support")

            let again = try await Self.aws(
                emulator,
                [
                    "reject-engagement-invitation", "--catalog", "AWS", "--identifier", pick.id!, "--rejection-reason",
                    "Other",
                ])
            #expect(again.status != 0)
            #expect(again.stderr.contains("(ConflictException)"), "\(again.stderr)")
            #expect(again.stderr.contains("REJECTED"))
        }
    }

    @Test func answersBadAndUnknownIdentifiersAndWrongCatalogs() async throws {
        try await withLiveEmulator { emulator in
            let bad = try await Self.aws(
                emulator, ["get-engagement-invitation", "--catalog", "Sandbox", "--identifier", "invitation-42"])
            #expect(bad.stderr.contains("(ValidationException)"), "\(bad.stderr)")
            let unknown = try await Self.aws(
                emulator, ["get-engagement-invitation", "--catalog", "Sandbox", "--identifier", "engi-zzzzzzzzzzzzz"])
            #expect(unknown.stderr.contains("(ResourceNotFoundException)"), "\(unknown.stderr)")
            let awsInvitation = await emulator.store.invitations(catalog: "AWS")[0]
            let wrongCatalog = try await Self.aws(
                emulator, ["get-engagement-invitation", "--catalog", "Sandbox", "--identifier", awsInvitation.id!])
            #expect(wrongCatalog.stderr.contains("(ResourceNotFoundException)"), "\(wrongCatalog.stderr)")
        }
    }

    @Test func refusesWrongSecretsAndUnknownKeys() async throws {
        try await withLiveEmulator { emulator in
            let wrongSecret = AWSCredentials(
                accessKeyId: EmulatorConfiguration.demoCredentials.accessKeyId, secretAccessKey: "wrong-secret")
            let bad = try await Self.aws(
                emulator, ["list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER"],
                credentials: wrongSecret)
            #expect(bad.status != 0)
            #expect(bad.stderr.contains("(InvalidSignatureException)"), "\(bad.stderr)")
            let stranger = try await Self.aws(
                emulator, ["list-engagement-invitations", "--catalog", "Sandbox", "--participant-type", "RECEIVER"],
                credentials: AWSCredentials(accessKeyId: "AKIASTRANGER0000000", secretAccessKey: "x"))
            #expect(stranger.stderr.contains("(UnrecognizedClientException)"), "\(stranger.stderr)")
        }
    }

    @Test func acceptsThroughATaskAndListsIt() async throws {
        try await withLiveEmulator { emulator in
            let pick = await emulator.store.invitations(catalog: "Sandbox").first {
                $0.status == .pending && $0.expirationDate!.date > Date().addingTimeInterval(86_400)
                    && TestSeeds.demo.acceptTaskFailures[EmulatorSeed.key(catalog: "Sandbox", id: $0.id!)] == nil
            }!
            let start = try await Self.aws(
                emulator,
                ["start-engagement-by-accepting-invitation-task", "--catalog", "Sandbox", "--identifier", pick.id!])
            #expect(start.status == 0, "\(start.stderr)")
            let task = try #require(start.json as? [String: Any])
            #expect(task["TaskStatus"] as? String == "COMPLETE")
            let listed = try await Self.aws(
                emulator,
                ["list-engagement-by-accepting-invitation-tasks", "--catalog", "Sandbox", "--task-status", "COMPLETE"])
            let summaries = (listed.json as? [String: Any])?["TaskSummaries"] as? [[String: Any]] ?? []
            #expect(summaries.compactMap { $0["EngagementInvitationId"] as? String } == [pick.id])
            #expect(await emulator.invitation(id: pick.id!, catalog: "Sandbox")?.status == .accepted)
        }
    }
}
