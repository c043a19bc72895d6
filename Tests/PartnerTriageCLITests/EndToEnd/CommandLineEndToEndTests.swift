import DemoAssets
import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing
import TriageEffects

#if canImport(Glibc)
    import Glibc
#endif

/// The real `partner-triage` binary as a subprocess against an in-process emulator on a free loopback port.
@Suite("Command line end to end", .timeLimit(.minutes(3)))
struct CommandLineEndToEndTests {
    private func parsedJSON(_ text: String) throws -> NSObject {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSObject)
    }

    @Test func listJSONIsExactlyWhatTheAWSCLIPrints() async throws {
        var seed = try EmulatorSeed.parse(DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
        seed.invitations += EndToEndSeed.make(pending: 3).invitations
        try await EndToEndEnvironment.with(seed: seed) { environment in

            for catalog in ["Sandbox", "AWS"] {
                let ours = try await environment.run(["list", "--catalog", catalog, "--output", "json"])
                // A small page size makes the AWS CLI merge several pages, as ours does.
                let theirs = try await AWSCLI.run(
                    [
                        "list-engagement-invitations", "--catalog", catalog, "--participant-type", "RECEIVER",
                        "--page-size", "7",
                    ],
                    in: environment
                )
                #expect(ours.status == 0, "\(ours.stderr)")
                #expect(theirs.status == 0, "\(theirs.stderr)")
                #expect(try parsedJSON(ours.stdout) == parsedJSON(theirs.stdout))
                #expect(ours.stdout == theirs.stdout)
                #expect(ours.stdout.contains("東京") || catalog == "AWS")
            }
        }
    }

    @Test func showJSONIsExactlyWhatTheAWSCLIPrints() async throws {
        let seed = try EmulatorSeed.parse(DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
        try await EndToEndEnvironment.with(seed: seed) { environment in
            // The AWS CLI's bundled model predates enrichment, the opportunity type and account planning, so it is the
            // reference for invitations without them; boto3 with the pinned model is the reference for all.
            func usesNewMembers(_ invitation: EngagementInvitation) -> Bool {
                invitation.enrichmentContext != nil || invitation.payload?.opportunityInvitation?.opportunityType != nil
                    || invitation.payloadType == .accountPlanningInvitation
            }
            var comparedWithTheCLI = 0
            let picked = Array(seed.invitations.prefix(12))
            let boto = try await Boto3JSON.run(
                "get_engagement_invitation",
                each: picked.map { ["Catalog": $0.catalog ?? "", "Identifier": $0.id ?? ""] },
                in: environment)
            for (invitation, expected) in zip(picked, boto) {
                let id = try #require(invitation.id)
                let catalog = try #require(invitation.catalog)
                let ours = try await environment.run(["show", id, "--catalog", catalog])
                #expect(ours.status == 0, "\(ours.stderr)")
                #expect(ours.stdout == expected, "\(id)")
                guard !usesNewMembers(invitation) else { continue }
                let theirs = try await AWSCLI.run(
                    ["get-engagement-invitation", "--catalog", catalog, "--identifier", id], in: environment)
                #expect(ours.stdout == theirs.stdout, "\(id)")
                comparedWithTheCLI += 1
            }
            #expect(comparedWithTheCLI >= 3)
        }
    }

    @Test func tableOutputNeutralisesEscapeSequencesFromTheService() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 3)) { environment in

            let result = try await environment.run(["list", "--catalog", "Sandbox", "--output", "table"])

            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stdout.unicodeScalars.contains { $0 == "\u{1b}" || $0 == "\u{07}" || $0 == "\u{202e}" })
            #expect(result.stdout.contains("Win^[]0;pwned^G^[[2J<U+202E>txt.exe"))
            #expect(result.stdout.hasPrefix("ID                  STATUS   TYPE "))
            #expect(result.stdout.split(separator: "\n").count == 4)
        }
    }

    @Test func rejectWithYesThenShowSaysRejectedAndTheAuditLogHasTheLine() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 2)) { environment in
            let id = EndToEndSeed.id(2)

            let reject = try await environment.run(
                ["reject", id, "--catalog", "Sandbox", "--reason", "next steps UNCLEAR", "--yes"])
            let show = try await environment.run(["show", id, "--catalog", "Sandbox", "--output", "text"])

            #expect(reject.status == 0, "\(reject.stderr)")
            #expect(reject.stdout.hasPrefix("\(id)  rejected\n"))
            #expect(show.status == 0, "\(show.stderr)")
            #expect(show.stdout.contains("\nStatus:           REJECTED\n"))
            #expect(show.stdout.contains("\nRejection reason: Next steps unclear\n"))
            #expect(await environment.status(id) == .rejected)
            // The attempting line is on disk before the request is sent, the outcome after.
            #expect(environment.auditLog.lines.map { $0["outcome"] as? String } == ["attempting", "rejected"])
            let lines = environment.auditLog.decisions
            #expect(lines.count == 1)
            #expect(lines.first?["id"] as? String == id)
            #expect(lines.first?["outcome"] as? String == "rejected")
            #expect(lines.first?["reason"] as? String == "Next steps unclear")
            #expect((lines.first?["requestId"] as? String)?.isEmpty == false)
            // Where it went: the endpoint and the credentials; the emulator's key encodes no account.
            for line in environment.auditLog.lines {
                #expect(line["endpoint"] as? String == environment.endpoint + "/")
                #expect(line["credentials"] as? String == "environment credentials")
                #expect(line["account"] is NSNull)
            }
            #expect(environment.auditLog.mode == 0o600)
        }
    }

    @Test func rejectWithoutYesAndNoTerminalSendsNothing() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 1)) { environment in
            let id = EndToEndSeed.id(1)

            let result = try await environment.run(["reject", id, "--catalog", "Sandbox", "--reason", "Other"])

            #expect(result.status == 2)
            #expect(
                result.stderr
                    == "error: Refusing to reject 1 invitation without confirmation: standard input is not a terminal. "
                    + "Add --yes to confirm. Nothing was sent.\n"
            )
            #expect(await environment.status(id) == .pending)
            #expect(environment.auditLog.lines.isEmpty)
        }
    }

    @Test func listIdsPipesIntoRejectFromStandardInput() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 3)) { environment in
            let binary = "'\(environment.binary)'"
            let endpoint = "--endpoint-url \(environment.endpoint)"
            let pipeline =
                "\(binary) list --catalog Sandbox --status PENDING --output ids \(endpoint) | "
                + "\(binary) reject --from-file - --catalog Sandbox --reason Other --yes \(endpoint)"

            let result = try await ChildProcess.run("/bin/sh", ["-c", pipeline], environment: environment.environment)

            #expect(result.status == 0, "\(result.stderr)")
            for number in 1...3 {
                #expect(await environment.status(EndToEndSeed.id(number)) == .rejected)
            }
            #expect(await environment.status(EndToEndSeed.id(999), catalog: "AWS") == .pending)
            #expect(
                result.stdout.hasSuffix(
                    "Rejected 3 of 3 invitations in Sandbox, 0 failed. Audit log: \(environment.auditLog.url.path)\n"
                )
            )
        }
    }

    @Test func theAttemptTimeoutIsConfigurable() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 1), latency: .seconds(3)) { environment in

            let result = try await environment.run(["list", "--catalog", "Sandbox", "--attempt-timeout", "0.3"])

            #expect(result.status == 1)
            #expect(result.stderr.contains("after 3 attempts in "), "\(result.stderr)")
            #expect(result.stderr.contains("(each attempt waits 0.3 s: --attempt-timeout)"), "\(result.stderr)")
            // stderr is a pipe here, not a terminal: no "still waiting" lines, only the result.
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func bulkRejectOfTenStaysWithinTheQuotas() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 10), enforceQuotas: true) { environment in
            let ids = (1...10).map(EndToEndSeed.id)

            // --debug logs every attempt, so a throttled request that a retry absorbed would show here too.
            let result = try await environment.run(
                ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes", "--debug"]
            )

            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("RejectEngagementInvitation"))
            #expect(!result.stdout.contains("Throttling") && !result.stderr.contains("Throttling"))
            #expect(!result.stderr.contains("retrying"))
            #expect(result.stdout.split(separator: "\n").filter { $0.hasSuffix("  rejected") }.count == 10)
            for id in ids { #expect(await environment.status(id) == .rejected) }
            #expect(
                environment.auditLog.decisions.map { $0["outcome"] as? String }
                    == Array(repeating: "rejected", count: 10))
        }
    }

    @Test func bulkRejectSurvivesInjectedFaultsAndTheAuditLogAgrees() async throws {
        try await EndToEndEnvironment.with(
            seed: EndToEndSeed.make(pending: 10),
            faultRate: 0.3,
            faultSeed: 42
        ) { environment in
            let ids = (1...10).map(EndToEndSeed.id)

            let result = try await environment.run(
                ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes"]
            )

            #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
            let lines = environment.auditLog.decisions
            #expect(lines.map { $0["id"] as? String } == ids)
            for (id, line) in zip(ids, lines) {
                let invitation = await environment.emulator.invitation(id: id, catalog: "Sandbox")
                #expect(invitation?.status == .rejected)
                #expect(invitation?.rejectionReason == "Other")
                #expect(line["outcome"] as? String == "rejected")
            }
        }
    }

    @Test func ctrlCDuringABulkRunPrintsTheSummaryAndExits130() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 10), enforceQuotas: true) { environment in
            let ids = (1...10).map(EndToEndSeed.id)

            let child = try await environment.start(
                ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes"])
            let sawTwo = await child.waitForOutput { $0.split(separator: "\n").count >= 2 }
            child.signal(SIGINT)
            let status = await child.waitForExit(timeout: .seconds(30))

            #expect(sawTwo)
            #expect(status == 130, "\(child.stderr)")
            #expect(child.stdout.contains("not sent (stopped by Ctrl-C). Audit log: "))
            let audited = environment.auditLog.decisions.compactMap { $0["id"] as? String }
            var rejected: [String] = []
            for id in ids where await environment.status(id) == .rejected { rejected.append(id) }
            #expect(rejected == audited)
            #expect(rejected.count >= 2 && rejected.count < 10)
        }
    }

    @Test func acceptWaitsForTheTaskAndNamesTheOpportunity() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 1)) { environment in
            let id = EndToEndSeed.id(1)

            let result = try await environment.run(["accept", id, "--catalog", "Sandbox", "--yes"])

            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("\(id)  accepted  opportunity O"))
            #expect(await environment.status(id) == .accepted)
            // The UI's audit lines: the task's start when it answers, then its end.
            #expect(environment.auditLog.decisions.map { $0["outcome"] as? String } == ["accept-started", "accepted"])
        }
    }

    @Test func debugPrintsRequestDiagnosticsWithoutSecrets() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 1)) { environment in

            let result = try await environment.run(["list", "--catalog", "Sandbox", "--output", "ids", "--debug"])

            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "\(EndToEndSeed.id(1))\n")
            #expect(result.stderr.contains("AWSPartnerCentralSelling.ListEngagementInvitations"))
            #expect(!result.stderr.contains(EmulatorConfiguration.demoCredentials.secretAccessKey))
            #expect(result.stderr.range(of: "Signature=[0-9a-f]{64}", options: .regularExpression) == nil)
        }
    }

    @Test func debugNamesTheBuildFirst() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 1)) { environment in
            let result = try await environment.run(["list", "--catalog", "Sandbox", "--output", "ids", "--debug"])

            #expect(result.status == 0, "\(result.stderr)")
            let first = try #require(result.stderr.split(separator: "\n").first)
            #expect(first.hasSuffix(" debug partner-triage: partner-triage 0.1.0 (commit dev)"), "\(first)")
        }
    }

    @Test func aServiceErrorIsOneLineAndExitsOne() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 1)) { environment in

            let result = try await environment.run(["show", "engi-0000000000000", "--catalog", "Sandbox"])

            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("error: "))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }
}
