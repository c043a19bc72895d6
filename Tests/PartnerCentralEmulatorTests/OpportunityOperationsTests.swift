import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// Opportunities at the router: made on accept, seeded, listed, read, assigned, and their AWS summaries.
@Suite("Opportunities")
struct OpportunityOperationsTests {
    /// A pending opportunity invitation whose accept task succeeds.
    static var pendingOpportunityInvitation: EngagementInvitation {
        DemoPicks.first("Sandbox", .pending) {
            $0.payloadType == .opportunityInvitation && !DemoPicks.failureMarked($0)
                && $0.expirationDate!.date > testNow.addingTimeInterval(2 * 86_400)
        }
    }

    static func ids(_ reply: Reply) throws -> [String] {
        try reply.decode(ListOpportunitiesResponse.self).opportunitySummaries?.compactMap(\.id) ?? []
    }

    @Test func anAcceptedInvitationBecomesTheOpportunityItsTaskNames() async throws {
        let pick = Self.pendingOpportunityInvitation
        let customer = try #require(pick.payload?.opportunityInvitation?.customer)
        try await EmulatorHarness().run { client in
            let start = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"t-1","Identifier":"\#(pick.id!)"}"#)
            let opportunityId = try #require(
                try start.decode(StartEngagementByAcceptingInvitationTaskResponse.self).opportunityId)
            #expect(ModelPattern.opportunityIdentifier.matches(opportunityId))

            let listed = try await client.call(
                "ListOpportunities", #"{"Catalog":"Sandbox","Identifier":["\#(opportunityId)"]}"#)
            #expect(try Self.ids(listed) == [opportunityId], "\(listed.text)")
            let row = try #require(try listed.decode(ListOpportunitiesResponse.self).opportunitySummaries?.first)
            #expect(row.customer?.account?.companyName == customer.companyName)
            #expect(row.lifeCycle?.stage == .prospect)

            let got = try await client.call(
                "GetOpportunity", #"{"Catalog":"Sandbox","Identifier":"\#(opportunityId)"}"#)
            let opportunity = try got.decode(GetOpportunityResponse.self)
            #expect(opportunity.id == opportunityId)
            #expect(opportunity.catalog == "Sandbox")
            #expect(opportunity.project?.title == pick.payload?.opportunityInvitation?.project?.title)
            #expect(opportunity.customer?.account?.companyName == customer.companyName)
            #expect(opportunity.customer?.account?.websiteUrl == customer.websiteUrl)
            #expect(opportunity.customer?.account?.industry == customer.industry)
            #expect(opportunity.customer?.account?.address?.countryCode == customer.countryCode)
            #expect(opportunity.lifeCycle?.reviewStatus == .approved)
            #expect(opportunity.lastModifiedDate?.date == testNow)
            #expect(opportunity.createdDate?.date == testNow)
            #expect(opportunity.arn?.hasSuffix("/opportunity/\(opportunityId)") == true)
            #expect(got.json["RelatedEntityIdentifiers"] != nil)

            let aws = try await client.call(
                "GetAwsOpportunitySummary", #"{"Catalog":"Sandbox","RelatedOpportunityIdentifier":"\#(opportunityId)"}"#
            )
            let summary = try aws.decode(GetAwsOpportunitySummaryResponse.self)
            #expect(summary.relatedOpportunityId == opportunityId)
            #expect(summary.origin == .awsReferral)
            #expect(summary.involvementType == .coSell)
            #expect(summary.lifeCycle?.stage == .prospect)
            #expect(summary.insights?.engagementScore?.isKnown == true)
            #expect(summary.insights?.nextBestActions?.isEmpty == false)
            #expect(summary.opportunityTeam?.count == pick.payload?.opportunityInvitation?.senderContacts?.count)
            #expect(summary.customer?.contacts?.count == 1)
            #expect(await client.store.opportunity(id: opportunityId, catalog: "Sandbox") == opportunity)
        }
    }

    @Test func customerContactsAreWithheldForTheConfiguredDelay() async throws {
        let pick = Self.pendingOpportunityInvitation
        try await EmulatorHarness { $0.customerContactDelay = 3600 }.run { client in
            let start = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"t-1","Identifier":"\#(pick.id!)"}"#)
            let id = try #require(try start.decode(StartEngagementByAcceptingInvitationTaskResponse.self).opportunityId)
            let request = #"{"Catalog":"Sandbox","RelatedOpportunityIdentifier":"\#(id)"}"#
            let early = try await client.call("GetAwsOpportunitySummary", request)
            #expect(early.json["Customer"] == nil, "\(early.text)")
            #expect(early.json["Insights"] != nil)
            await client.clock.advance(3600)
            let later = try await client.call("GetAwsOpportunitySummary", request)
            #expect(try later.decode(GetAwsOpportunitySummaryResponse.self).customer?.contacts?.count == 1)
        }
    }

    @Test func acceptingWithoutATaskAlsoMakesAnOpportunity() async throws {
        let pick = Self.pendingOpportunityInvitation
        try await EmulatorHarness().run { client in
            let before = await client.store.opportunities(catalog: "Sandbox").count
            let accept = try await client.call(
                "AcceptEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)"}"#)
            #expect(accept.status == .ok)
            let after = await client.store.opportunities(catalog: "Sandbox")
            #expect(after.count == before + 1)
            #expect(after.contains { $0.project?.title == pick.payload?.opportunityInvitation?.project?.title })
        }
    }

    @Test func listsFilterSortAndPage() async throws {
        try await EmulatorHarness().run { client in
            func list(_ members: String) async throws -> [String] {
                let reply = try await client.call("ListOpportunities", #"{"Catalog":"Sandbox"\#(members)}"#)
                #expect(reply.status == .ok, "\(reply.text)")
                return try Self.ids(reply)
            }
            // Modified 6, 9 and 12 days before the anchor: newest first by default.
            #expect(try await list("") == ["O1000000001", "O1000000005", "O1000000002"])
            #expect(try await list(#","CustomerCompanyName":["TAILSPIN AIR LTD."]"#) == ["O1000000002"])
            // Any name containing the filter, whatever its case: a search without the legal suffix finds it.
            #expect(try await list(#","CustomerCompanyName":["Tailspin Air"]"#) == ["O1000000002"])
            #expect(try await list(#","CustomerCompanyName":["contoso health partners","Nobody"]"#) == ["O1000000001"])
            #expect(try await list(#","CustomerCompanyName":["Tailspin Air Ltd Inc."]"#) == [])
            #expect(try await list(#","LifeCycleStage":["Qualified","Committed"]"#) == ["O1000000001", "O1000000005"])
            #expect(
                try await list(#","LifeCycleReviewStatus":["Approved"],"Identifier":["O1000000002"]"#) == [
                    "O1000000002"
                ])
            let tenDaysAgo = Timestamp.format(testNow.addingTimeInterval(-10 * 86_400))
            #expect(
                try await list(#","LastModifiedDate":{"AfterLastModifiedDate":"\#(tenDaysAgo)"}"#) == [
                    "O1000000001", "O1000000005",
                ])
            #expect(
                try await list(#","LastModifiedDate":{"BeforeLastModifiedDate":"\#(tenDaysAgo)"}"#) == ["O1000000002"])
            #expect(
                try await list(#","Sort":{"SortOrder":"ASCENDING","SortBy":"CustomerCompanyName"}"#)
                    == ["O1000000005", "O1000000001", "O1000000002"])
            #expect(
                try await list(#","Sort":{"SortOrder":"DESCENDING","SortBy":"Identifier"}"#)
                    == ["O1000000005", "O1000000002", "O1000000001"])
            #expect(
                try await list(#","Sort":{"SortOrder":"ASCENDING","SortBy":"TargetCloseDate"}"#)
                    == ["O1000000005", "O1000000002", "O1000000001"])

            var seen: [String] = []
            var token: String?
            repeat {
                let next = token.map { #","NextToken":"\#($0)""# } ?? ""
                let reply = try await client.call("ListOpportunities", #"{"Catalog":"Sandbox","MaxResults":1\#(next)}"#)
                let page = try reply.decode(ListOpportunitiesResponse.self)
                seen += page.opportunitySummaries?.compactMap(\.id) ?? []
                token = page.nextToken
            } while token != nil && seen.count < 10
            #expect(seen == ["O1000000001", "O1000000005", "O1000000002"])

            let first = try await client.call("ListOpportunities", #"{"Catalog":"Sandbox","MaxResults":1}"#)
            let issued = try #require(try first.decode(ListOpportunitiesResponse.self).nextToken)
            let reused = try await client.call(
                "ListOpportunities", #"{"Catalog":"Sandbox","LifeCycleStage":["Qualified"],"NextToken":"\#(issued)"}"#)
            #expect(reused.validationCodes == ["NextToken:INVALID_VALUE"])
        }
    }

    @Test func badInputIsAValidationException() async throws {
        try await EmulatorHarness().run { client in
            let unknownCatalog = try await client.call("ListOpportunities", #"{"Catalog":"Nope"}"#)
            #expect(unknownCatalog.errorType == "ValidationException")
            #expect(unknownCatalog.validationCodes == ["Catalog:INVALID_VALUE"])
            let badCatalog = try await client.call(
                "GetOpportunity", #"{"Catalog":"San dbox","Identifier":"O1000000001"}"#)
            #expect(badCatalog.validationCodes == ["Catalog:INVALID_STRING_FORMAT"])
            let missing = try await client.call("GetOpportunity", #"{"Catalog":"Sandbox"}"#)
            #expect(missing.validationCodes == ["Identifier:REQUIRED_FIELD_MISSING"])
            let malformed = try await client.call("GetOpportunity", #"{"Catalog":"Sandbox","Identifier":"opp-1"}"#)
            #expect(malformed.validationCodes == ["Identifier:INVALID_STRING_FORMAT"])
            let unknown = try await client.call("GetOpportunity", #"{"Catalog":"Sandbox","Identifier":"O999"}"#)
            #expect(unknown.errorType == "ResourceNotFoundException")
            let otherCatalog = try await client.call("GetOpportunity", #"{"Catalog":"AWS","Identifier":"O1000000001"}"#)
            #expect(otherCatalog.errorType == "ResourceNotFoundException")
            let badSort = try await client.call(
                "ListOpportunities", #"{"Catalog":"Sandbox","Sort":{"SortOrder":"UP","SortBy":"Identifier"}}"#)
            #expect(badSort.errorType == "ValidationException")
            let tooMany = try await client.call("ListOpportunities", #"{"Catalog":"Sandbox","MaxResults":101}"#)
            #expect(tooMany.errorType == "ValidationException")
            let badEmail = try await client.call(
                "AssignOpportunity",
                #"{"Catalog":"Sandbox","Identifier":"O1000000001","Assignee":{"Email":"not an email","FirstName":"A","LastName":"B","BusinessTitle":"PDM"}}"#
            )
            #expect(badEmail.validationCodes == ["Assignee.Email:INVALID_STRING_FORMAT"], "\(badEmail.text)")
            let noTitle = try await client.call(
                "AssignOpportunity",
                #"{"Catalog":"Sandbox","Identifier":"O1000000001","Assignee":{"Email":"a@b.example","FirstName":"A","LastName":"B"}}"#
            )
            #expect(noTitle.validationCodes == ["Assignee.BusinessTitle:REQUIRED_FIELD_MISSING"], "\(noTitle.text)")
            let noAssignee = try await client.call(
                "AssignOpportunity", #"{"Catalog":"Sandbox","Identifier":"O1000000001"}"#)
            #expect(noAssignee.validationCodes == ["Assignee:REQUIRED_FIELD_MISSING"])
            let badRelated = try await client.call(
                "GetAwsOpportunitySummary", #"{"Catalog":"Sandbox","RelatedOpportunityIdentifier":"1000000001"}"#)
            #expect(badRelated.validationCodes == ["RelatedOpportunityIdentifier:INVALID_STRING_FORMAT"])
            #expect(
                await client.store.opportunity(id: "O1000000001", catalog: "Sandbox")?.opportunityTeam?.first?.firstName
                    == "Dana")
        }
    }

    @Test func assignMakesTheAssigneeTheTeam() async throws {
        try await EmulatorHarness().run { client in
            await client.clock.advance(60)
            let assign = try await client.call(
                "AssignOpportunity",
                #"{"Catalog":"Sandbox","Identifier":"O1000000002","Assignee":{"Email":"sam.lee@partner.example","FirstName":"Sam","LastName":"Lee","Phone":"+14255550100","BusinessTitle":"Solutions Architect"}}"#
            )
            #expect(assign.status == .ok)
            #expect(assign.text == "{}")
            let got = try await client.call("GetOpportunity", #"{"Catalog":"Sandbox","Identifier":"O1000000002"}"#)
            let opportunity = try got.decode(GetOpportunityResponse.self)
            #expect(
                opportunity.opportunityTeam == [
                    Contact(
                        email: "sam.lee@partner.example", firstName: "Sam", lastName: "Lee",
                        businessTitle: "Solutions Architect", phone: "+14255550100")
                ])
            #expect(opportunity.lastModifiedDate?.date == testNow.addingTimeInterval(60))
            #expect(await client.store.writes == ["assign O1000000002"])
            // Now the most recently modified.
            let listed = try await client.call("ListOpportunities", #"{"Catalog":"Sandbox"}"#)
            #expect(try Self.ids(listed).first == "O1000000002")
            let unknown = try await client.call(
                "AssignOpportunity",
                #"{"Catalog":"Sandbox","Identifier":"O42","Assignee":{"Email":"a@b.example","FirstName":"A","LastName":"B","BusinessTitle":"PDM"}}"#
            )
            #expect(unknown.errorType == "ResourceNotFoundException")
        }
    }

    @Test func assignIsAWriteForTheQuota() async throws {
        let pick = DemoPicks.pending()
        try await EmulatorHarness { $0.enforceQuotas = true }.run { client in
            let reject = try await client.call(
                "RejectEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)"}"#)
            #expect(reject.status == .ok)
            let assign =
                #"{"Catalog":"Sandbox","Identifier":"O1000000001","Assignee":{"Email":"a@b.example","FirstName":"A","LastName":"B","BusinessTitle":"PDM"}}"#
            let throttled = try await client.call("AssignOpportunity", assign)
            #expect(throttled.errorType == "ThrottlingException")
            // Reads have their own bucket.
            #expect(
                try await client.call("GetOpportunity", #"{"Catalog":"Sandbox","Identifier":"O1000000001"}"#).status
                    == .ok)
            await client.clock.advance(1)
            #expect(try await client.call("AssignOpportunity", assign).status == .ok)
        }
    }

    @Test func seededSummariesAreServedAndOthersAreNotFound() async throws {
        try await EmulatorHarness().run { client in
            let seeded = try await client.call(
                "GetAwsOpportunitySummary", #"{"Catalog":"AWS","RelatedOpportunityIdentifier":"O1000000004"}"#)
            let summary = try seeded.decode(GetAwsOpportunitySummaryResponse.self)
            #expect(summary.insights?.engagementScore == .high)
            #expect(summary.relatedOpportunityId == "O1000000004")
            let none = try await client.call(
                "GetAwsOpportunitySummary", #"{"Catalog":"Sandbox","RelatedOpportunityIdentifier":"O1000000001"}"#)
            #expect(none.errorType == "ResourceNotFoundException")
        }
    }
}
