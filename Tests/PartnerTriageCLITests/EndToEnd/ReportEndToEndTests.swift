import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing
import TriageEffects

/// `report` from the real binary: an audit log written for the test, and the emulator's list for the invitation
/// dates and the expired invitations.
@Suite("report end to end", .timeLimit(.minutes(3)))
struct ReportEndToEndTests {
    @Test func theReportJoinsTheAuditLogAndTheList() async throws {
        var seed = EndToEndSeed.make(pending: 2)
        // One invitation that expired yesterday without an answer.
        let expiredID = EndToEndSeed.id(50)
        let invited = Date().addingTimeInterval(-16 * 86_400)
        seed.invitations.append(
            EngagementInvitation(
                payloadType: .opportunityInvitation, id: expiredID, engagementTitle: "Too late", status: .pending,
                invitationDate: Timestamp(invited), expirationDate: Timestamp(invited.addingTimeInterval(15 * 86_400)),
                catalog: "Sandbox"))
        try await EndToEndEnvironment.with(seed: seed) { environment in
            // Each decision two hours after its invitation (the seed invites number n at base + n hours).
            let log = AuditLog(fileURL: environment.auditLog.url)
            let destination = AuditDestination(account: nil, credentials: "test", endpoint: environment.endpoint)
            for (number, invitation) in seed.invitations.prefix(2).enumerated() {
                let decided = try #require(invitation.invitationDate?.date).addingTimeInterval(7_200)
                try log.append(
                    AuditRecord(
                        time: decided, catalog: "Sandbox", id: invitation.id ?? "",
                        action: number == 0 ? .reject : .accept, reason: number == 0 ? "Next steps unclear" : nil,
                        outcome: number == 0 ? .rejected : .accepted, destination: destination))
            }

            let json = try await environment.run(["report", "--catalog", "Sandbox", "--output", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let sandbox = try #require((document["catalogs"] as? [[String: Any]])?.first)
            #expect(sandbox["accepted"] as? Int == 1)
            #expect(sandbox["rejected"] as? Int == 1)
            #expect((sandbox["rejectedByReason"] as? [String: Int])?["Next steps unclear"] == 1)
            #expect(sandbox["expiredUnanswered"] as? Int == 1)
            #expect(sandbox["medianSecondsToDecision"] as? Int == 7_200)

            let csv = try await environment.run(["report", "--catalog", "Sandbox", "--output", "csv"])
            #expect(csv.status == 0, "\(csv.stderr)")
            #expect(csv.stdout.split(separator: "\n").last?.hasSuffix(",Sandbox,1,1,0,1,0,0,0,1,7200") == true)

            let table = try await environment.run(["report", "--catalog", "Sandbox", "--output", "table"])
            #expect(table.status == 0, "\(table.stderr)")
            #expect(table.stdout.contains("Sandbox         1         1                   1  2h 0m\n"))
            #expect(table.stdout.contains("  rejected by reason: Next steps unclear 1\n"))
        }
    }
}
