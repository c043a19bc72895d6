import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// `--sparse-responses`: what it promises, deterministically, and boto3 still parses it.
@Suite("Sparse responses")
struct SparseResponsesTests {
    /// Every row of a listing of the demo Sandbox catalog, sparse.
    static func rows(_ client: RouterClient) async throws -> [[String: Any]?] {
        let reply = try await client.call(
            "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":100}"#)
        #expect(reply.status == .ok, "\(reply.text)")
        return (reply.json["EngagementInvitationSummaries"] as? [Any] ?? []).map { $0 as? [String: Any] }
    }

    @Test func listingsLeaveOutAndAddWhatTheHelpSays() async throws {
        try await EmulatorHarness { $0.sparseResponses = true }.run { client in
            let first = try await Self.rows(client)
            let again = try await Self.rows(client)
            #expect(first.count == again.count)
            #expect(zip(first, again).allSatisfy { ($0 as NSDictionary?) == ($1 as NSDictionary?) })
            let rows = first.compactMap { $0 }
            #expect(rows.allSatisfy { $0["Id"] is String })
            #expect(rows.contains { $0["Catalog"] == nil })
            #expect(rows.contains { $0["Catalog"] != nil })
            #expect(rows.contains { $0["Status"] as? String == "UNDER_REVIEW" })
            #expect(rows.contains { $0["PayloadType"] as? String == "FuturePlanningInvitation" })
            #expect(rows.contains { $0["SomeFutureMember"] != nil })
            #expect(rows.contains { $0["SenderAwsAccountId"] is NSNumber })
            #expect(
                rows.contains {
                    (($0["Receiver"] as? [String: Any])?["Account"] as? [String: Any])?["AwsAccountId"] == nil
                })
        }
    }

    @Test func getLeavesOutRequiredMembersAndSendsFutureVariants() async throws {
        let ids = TestSeeds.demo.invitations.filter { $0.catalog == "Sandbox" }.compactMap(\.id)
        try await EmulatorHarness { $0.sparseResponses = true }.run { client in
            var outputs: [[String: Any]] = []
            for id in ids {
                let reply = try await client.call(
                    "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(id)"}"#)
                #expect(reply.status == .ok)
                #expect(reply.json["Id"] as? String == id)
                outputs.append(reply.json)
                // The client reads it without failing, and keeps the id.
                #expect(try reply.decode(EngagementInvitation.self).id == id)
            }
            let payloads = outputs.compactMap { $0["Payload"] as? [String: Any] }
            #expect(payloads.contains { $0["FuturePlanningInvitation"] != nil })
            let opportunities = payloads.compactMap { $0["OpportunityInvitation"] as? [String: Any] }
            #expect(opportunities.contains { $0["Customer"] == nil })
            #expect(
                opportunities.contains { ($0["ReceiverResponsibilities"] as? [Any])?.contains { $0 is NSNull } == true }
            )
            let amounts = opportunities.flatMap {
                (($0["Project"] as? [String: Any])?["ExpectedCustomerSpend"] as? [Any]) ?? []
            }
            #expect(amounts.contains { ($0 as? [String: Any])?["Amount"] is NSNumber })
            #expect(amounts.contains { $0 is NSNull })
        }
    }

    @Test func boto3ParsesSparseResponses() async throws {
        let configure: (inout EmulatorConfiguration) -> Void = { $0.sparseResponses = true }
        try await withLiveEmulator(configure) { emulator in
            let script = #"""
                seen = {"unknown_union": 0, "no_catalog": 0, "future_status": 0}
                token = None
                while True:
                    kwargs = {"Catalog": "Sandbox", "ParticipantType": "RECEIVER", "MaxResults": 20}
                    if token: kwargs["NextToken"] = token
                    page = pc.list_engagement_invitations(**kwargs)
                    for row in page["EngagementInvitationSummaries"]:
                        if row is None: continue
                        assert "Id" in row
                        seen["no_catalog"] += "Catalog" not in row
                        seen["future_status"] += row.get("Status") == "UNDER_REVIEW"
                        got = pc.get_engagement_invitation(Catalog="Sandbox", Identifier=row["Id"])
                        if "SDK_UNKNOWN_MEMBER" in got.get("Payload", {}):
                            assert got["Payload"]["SDK_UNKNOWN_MEMBER"]["name"] == "FuturePlanningInvitation"
                            seen["unknown_union"] += 1
                    token = page.get("NextToken")
                    if not token: break
                assert all(seen.values()), seen
                print("ok")
                """#
            let output = try await Boto3Tests.python(emulator, script)
            #expect(output.stdout.hasSuffix("ok\n"), "\(output.stdout)\n\(output.stderr)")
        }
    }
}
