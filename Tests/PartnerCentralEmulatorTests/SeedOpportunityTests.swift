import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("Seeded opportunities")
struct SeedOpportunityTests {
    static func parse(_ opportunities: String) throws -> EmulatorSeed {
        try EmulatorSeed.parse(
            Data(#"{"EngagementInvitations":[],"Opportunities":\#(opportunities)}"#.utf8), fileName: "s.json")
    }

    static func error(_ opportunities: String) -> String? {
        do {
            _ = try parse(opportunities)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// A company name without case, punctuation or a legal suffix, as a duplicate check might compare them.
    static func bare(_ name: String) -> String {
        var words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        while let last = words.last, ["inc", "ltd", "co", "company", "llc", "gmbh"].contains(last) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// The name without its trailing legal suffix, as a search for the customer might send it.
    static func searchName(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 1, let last = words.last,
            ["inc", "ltd", "co", "company", "llc", "gmbh"].contains(last.lowercased().filter(\.isLetter))
        {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    @Test func theDemoOpportunitiesDuplicatePendingInvitations() throws {
        let seed = TestSeeds.demo
        #expect(seed.opportunities.count == 6)
        let duplicated = ["engi-ac4qhppsnulfr", "engi-r2gtmhncd0g81", "engi-k4ggt2elcv2r7", "engi-u70gl7vyyyjzu"]
        for id in duplicated {
            let invitation = try #require(seed.invitations.first { $0.id == id })
            #expect(invitation.status == .pending)
            let customer = try #require(invitation.payload?.opportunityInvitation?.customer?.companyName)
            let title = try #require(invitation.payload?.opportunityInvitation?.project?.title)
            let match = try #require(
                seed.opportunities.map(\.opportunity).first {
                    $0.catalog == invitation.catalog
                        && Self.bare($0.customer?.account?.companyName ?? "") == Self.bare(customer)
                }, "\(id)")
            #expect(
                match.customer?.account?.companyName != customer, "a different spelling, so an exact match misses it")
            #expect(
                OpportunityBook.name(match.customer?.account?.companyName, matches: Self.searchName(customer)), "\(id)")
            let titleWords = Set(title.lowercased().split(separator: " "))
            let shared = titleWords.intersection(Set(match.project?.title?.lowercased().split(separator: " ") ?? []))
            #expect(shared.count * 2 >= titleWords.count, "\(title) vs \(match.project?.title ?? "")")
        }
    }

    @Test func seededOpportunitiesAreKeptAsGivenAndFilledIn() async throws {
        let seed = try Self.parse(
            #"[{"Catalog":"Sandbox","Id":"O7","Project":{"Title":"Kept"},"EmulatorAwsOpportunitySummary":{"Catalog":"Sandbox","Visibility":"Limited"}}]"#
        )
        #expect(seed.opportunities.first?.opportunity.project?.title == "Kept")
        #expect(seed.opportunities.first?.awsOpportunitySummary?.visibility == .limited)
        try await EmulatorHarness(seed: seed).run { client in
            let got = try await client.call("GetOpportunity", #"{"Catalog":"Sandbox","Identifier":"O7"}"#)
            #expect(got.text.hasPrefix(#"{"Catalog":"Sandbox","Id":"O7","Project":{"Title":"Kept"},"#), "\(got.text)")
            #expect(got.json["EmulatorAwsOpportunitySummary"] == nil)
            let opportunity = try got.decode(GetOpportunityResponse.self)
            #expect(opportunity.lastModifiedDate?.date == testNow)
            #expect(opportunity.relatedEntityIdentifiers == RelatedEntityIdentifiers())
            let aws = try await client.call(
                "GetAwsOpportunitySummary", #"{"Catalog":"Sandbox","RelatedOpportunityIdentifier":"O7"}"#)
            #expect(aws.text == #"{"Catalog":"Sandbox","Visibility":"Limited"}"#)
        }
    }

    @Test func badOpportunitiesNameTheElementAndField() {
        #expect(Self.error(#"{}"#) == "seed file s.json: Opportunities: expected a list")
        #expect(
            Self.error(#"[{"Catalog":"Sandbox"}]"#)
                == "seed file s.json: Opportunities[0].Id: required member is missing")
        #expect(
            Self.error(#"[{"Catalog":"Sandbox","Id":"opp-1"}]"#)?.hasPrefix(
                "seed file s.json: Opportunities[0].Id: \"opp-1\" is not O followed") == true)
        #expect(
            Self.error(#"[{"Catalog":"Sandbox","Id":"O1","LifeCyle":{}}]"#)
                == "seed file s.json: Opportunities[0].LifeCyle: not a member of GetOpportunityResponse (misspelt?)")
        #expect(
            Self.error(#"[{"Catalog":"Sandbox","Id":"O1","LifeCycle":{"Stage":"Won"}}]"#)?.contains(
                "Opportunities[0].LifeCycle.Stage") == true)
        #expect(
            Self.error(#"[{"Catalog":"Sandbox","Id":"O1"},{"Catalog":"AWS","Id":"O1"}]"#)
                == "seed file s.json: Opportunities[1].Id: \"O1\" appears twice")
    }

    @Test func rebasingMovesTheirDates() throws {
        let seed = TestSeeds.demo
        let moved = seed.rebased(to: seed.dateAnchor!.addingTimeInterval(2 * 86_400))
        let before = try #require(seed.opportunities.first?.opportunity)
        let after = try #require(moved.opportunities.first?.opportunity)
        #expect(after.lastModifiedDate!.date.timeIntervalSince(before.lastModifiedDate!.date) == 2 * 86_400)
        #expect(after.lifeCycle?.targetCloseDate != before.lifeCycle?.targetCloseDate)
    }
}
