import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// The emulator keeps what a seed gives it: ARNs and timestamps come back to the character.
@Suite("Seeds served as given")
struct SeedFidelityTests {
    static let samples = [
        "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-0000000000a01",
        "arn:aws:partnercentral-selling:us-east-1:aws:catalog/AWS/engagement-invitation/engi-0000000000a02",
    ]

    static func seed(_ elements: String, anchor: String? = nil) throws -> EmulatorSeed {
        let head = anchor.map { #""EmulatorDateAnchor": "\#($0)", "# } ?? ""
        return try EmulatorSeed.parse(
            Data(#"{\#(head)"EngagementInvitations": [\#(elements)]}"#.utf8), fileName: "t.json")
    }

    @Test func seededARNsAreServedAsGivenAndNameTheirInvitation() async throws {
        let elements = Self.samples.enumerated().map { index, arn in
            #"{"Catalog": "AWS", "Id": "engi-0000000000a0\#(index + 1)", "Arn": "\#(arn)"}"#
        }.joined(separator: ",")
        try await EmulatorHarness(seed: try Self.seed(elements)).run { client in
            for (index, arn) in Self.samples.enumerated() {
                for identifier in [arn, "engi-0000000000a0\(index + 1)"] {
                    let reply = try await client.call(
                        "GetEngagementInvitation", #"{"Catalog":"AWS","Identifier":"\#(identifier)"}"#)
                    #expect(reply.status == .ok, "\(reply.text)")
                    #expect(reply.json["Arn"] as? String == arn)
                }
                // Another invitation's ARN shape with this id names nothing.
                let other = Self.samples[1 - index].replacingOccurrences(of: "a0\(2 - index)", with: "a0\(index + 1)")
                let lookalike = try await client.call(
                    "GetEngagementInvitation", #"{"Catalog":"AWS","Identifier":"\#(other)"}"#)
                #expect(lookalike.errorType == "ResourceNotFoundException")
            }
            let listed = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"AWS","ParticipantType":"RECEIVER"}"#)
            let arns = (listed.json["EngagementInvitationSummaries"] as? [[String: Any]] ?? []).compactMap {
                $0["Arn"] as? String
            }
            #expect(Set(arns) == Set(Self.samples))
            let reject = try await client.call(
                "RejectEngagementInvitation", #"{"Catalog":"AWS","Identifier":"\#(Self.samples[1])"}"#)
            #expect(reject.status == .ok, "\(reject.text)")
        }
    }

    @Test func aSeedARNMustBeAnARN() {
        #expect(throws: SeedError.self) {
            try Self.seed(#"{"Catalog": "AWS", "Id": "engi-0000000000a01", "Arn": "engi-x"}"#)
        }
    }

    static let stamps = [
        "2026-03-01T09:15:00.632Z", "2026-03-01T09:15:00.001Z", "2026-03-01T09:15:00Z", "2026-03-01T09:15:00.5Z",
        "2026-03-01T10:15:00.632+01:00", "2026-03-01T09:15:00.123456Z",
    ]

    static func element(_ index: Int, _ stamp: String) -> String {
        #"{"Catalog": "Sandbox", "Id": "engi-00000000000\#(index)0", "InvitationDate": "\#(stamp)", "ExpirationDate": "\#(stamp)"}"#
    }

    @Test func timestampsRoundTripToTheCharacterWithoutAnAnchor() async throws {
        let seed = try Self.seed(Self.stamps.enumerated().map { Self.element($0, $1) }.joined(separator: ","))
        var configuration = EmulatorHarness(seed: seed).configuration
        configuration.rebaseSeedDates = true
        try await EmulatorHarness(seed: seed).run { client in
            for (index, stamp) in Self.stamps.enumerated() {
                let reply = try await client.call(
                    "GetEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"engi-00000000000\#(index)0"}"#)
                #expect(reply.json["InvitationDate"] as? String == stamp)
                #expect(reply.json["ExpirationDate"] as? String == stamp)
                #expect(reply.text.contains(#""InvitationDate":"\#(stamp)""#))
            }
        }
    }

    @Test func anAnchorShiftsByWholeMillisecondsKeepingTheFormat() throws {
        let seed = try Self.seed(
            Self.stamps.enumerated().map { Self.element($0, $1) }.joined(separator: ","), anchor: "2026-03-01T00:00:00Z"
        )
        let anchor = try #require(seed.dateAnchor)
        let oneDay = seed.rebased(to: anchor.addingTimeInterval(86_400)).invitations.map { $0.invitationDate!.text }
        #expect(
            oneDay == [
                "2026-03-02T09:15:00.632Z", "2026-03-02T09:15:00.001Z", "2026-03-02T09:15:00Z",
                "2026-03-02T09:15:00.5Z",
                "2026-03-02T10:15:00.632+01:00", "2026-03-02T09:15:00.123456Z",
            ])
        let odd = seed.rebased(to: anchor.addingTimeInterval(1.25)).invitations.map { $0.invitationDate!.text }
        #expect(
            odd == [
                "2026-03-01T09:15:01.882Z", "2026-03-01T09:15:01.251Z", "2026-03-01T09:15:01.250Z",
                "2026-03-01T09:15:01.750Z",
                "2026-03-01T10:15:01.882+01:00", "2026-03-01T09:15:01.373456Z",
            ])
        let back = seed.rebased(to: anchor.addingTimeInterval(-0.633)).invitations.first?.invitationDate?.text
        #expect(back == "2026-03-01T09:14:59.999Z")
        #expect(SeedTimeShift.shift("2026-12-31T23:59:59.999Z", milliseconds: 1) == "2027-01-01T00:00:00.000Z")
        #expect(SeedTimeShift.shift("2028-02-28T12:00:00.000Z", milliseconds: 86_400_000) == "2028-02-29T12:00:00.000Z")
    }

    @Test func theDemoSeedsTimestampsSurviveTheRebaseAtWholeDays() throws {
        let seed = TestSeeds.demo
        let later = try #require(seed.dateAnchor).addingTimeInterval(3 * 86_400)
        for (old, new) in zip(seed.invitations, seed.rebased(to: later).invitations) {
            #expect(new.invitationDate!.text.dropFirst(10) == old.invitationDate!.text.dropFirst(10))
        }
    }

    @Test func newMembersAreServedFromTheSeed() async throws {
        let demo = DemoPicks.rebased.invitations
        let enriched = try #require(demo.first { $0.enrichmentContext != nil })
        let planning = try #require(demo.first { $0.payload?.accountPlanningInvitation != nil })
        let typed = try #require(demo.first { $0.payload?.opportunityInvitation?.opportunityType != nil })
        try await EmulatorHarness().run { client in
            for invitation in [enriched, planning, typed] {
                let reply = try await client.call(
                    "GetEngagementInvitation",
                    #"{"Catalog":"\#(invitation.catalog!)","Identifier":"\#(invitation.id!)"}"#)
                let served = try reply.decode(EngagementInvitation.self)
                #expect(served.enrichmentContext == invitation.enrichmentContext)
                #expect(served.payload == invitation.payload)
            }
        }
        #expect(enriched.enrichmentContext?.leadInsights?.channelRecommendation?.bestOutreachWindows?.isEmpty == false)
        #expect(planning.payloadType == .accountPlanningInvitation)
    }
}
