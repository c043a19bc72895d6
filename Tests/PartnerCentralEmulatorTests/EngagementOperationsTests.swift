import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// `GetEngagement` and `ListEngagementMembers` for the engagements of received invitations.
@Suite("Engagements")
struct EngagementOperationsTests {
    static var pendingLead: EngagementInvitation { DemoPicks.pending() }

    static func contact(_ reply: Reply) throws -> LeadContact? {
        try reply.decode(GetEngagementResponse.self).contexts?.first { $0.type == .lead }?.payload?.lead?.interactions?
            .first?.contact
    }

    @Test func anAcceptedLeadsEngagementCarriesTheContact() async throws {
        let lead = Self.pendingLead
        #expect(lead.payloadType == .leadInvitation)
        try await EmulatorHarness().run { client in
            let request = #"{"Catalog":"Sandbox","Identifier":"\#(lead.engagementId!)"}"#
            let before = try await client.call("GetEngagement", request)
            #expect(before.status == .ok, "\(before.text)")
            let engagement = try before.decode(GetEngagementResponse.self)
            #expect(engagement.id == lead.engagementId)
            #expect(engagement.arn == InvitationARN.engagementArn(catalog: "Sandbox", id: lead.engagementId!))
            #expect(
                engagement.contexts?.first?.payload?.lead?.customer?.companyName
                    == lead.payload?.leadInvitation?.customer?.companyName)
            #expect(try Self.contact(before) == nil)

            _ = try await client.call(
                "StartEngagementByAcceptingInvitationTask",
                #"{"Catalog":"Sandbox","ClientToken":"t","Identifier":"\#(lead.id!)"}"#)
            let after = try await client.call(
                "GetEngagement", #"{"Catalog":"Sandbox","Identifier":"\#(engagement.arn!)"}"#)
            let contact = try #require(try Self.contact(after), "\(after.text)")
            #expect(contact.email?.hasPrefix("lead.contact@") == true)
            #expect(contact.businessTitle == lead.payload?.leadInvitation?.interaction?.contactBusinessTitle)
            #expect(try after.decode(GetEngagementResponse.self).memberCount == (lead.existingMembers?.count ?? 0) + 1)
        }
    }

    @Test func theLeadsContactWaitsForTheDelay() async throws {
        let lead = Self.pendingLead
        try await EmulatorHarness { $0.customerContactDelay = 600 }.run { client in
            _ = try await client.call(
                "AcceptEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(lead.id!)"}"#)
            let request = #"{"Catalog":"Sandbox","Identifier":"\#(lead.engagementId!)"}"#
            #expect(try Self.contact(try await client.call("GetEngagement", request)) == nil)
            await client.clock.advance(600)
            #expect(try Self.contact(try await client.call("GetEngagement", request)) != nil)
        }
    }

    @Test func anOpportunityInvitationsEngagementCarriesItsCustomerAndProject() async throws {
        let pick = OpportunityOperationsTests.pendingOpportunityInvitation
        try await EmulatorHarness().run { client in
            let reply = try await client.call(
                "GetEngagement", #"{"Catalog":"Sandbox","Identifier":"\#(pick.engagementId!)"}"#)
            let context = try #require(try reply.decode(GetEngagementResponse.self).contexts?.first)
            #expect(context.type == .customerProject)
            #expect(
                context.payload?.customerProject?.project?.title == pick.payload?.opportunityInvitation?.project?.title)
            #expect(
                context.payload?.customerProject?.customer?.companyName
                    == pick.payload?.opportunityInvitation?.customer?.companyName)
            let unknown = try await client.call(
                "GetEngagement", #"{"Catalog":"Sandbox","Identifier":"eng-zzzzzzzzzzzzzz"}"#)
            #expect(unknown.errorType == "ResourceNotFoundException")
            let unknownCatalog = try await client.call(
                "GetEngagement", #"{"Catalog":"Nope","Identifier":"\#(pick.engagementId!)"}"#)
            #expect(unknownCatalog.validationCodes == ["Catalog:INVALID_VALUE"])
            let bad = try await client.call("GetEngagement", #"{"Catalog":"Sandbox","Identifier":"engagement-1"}"#)
            #expect(bad.validationCodes == ["Identifier:INVALID_STRING_FORMAT"])
        }
    }

    @Test func membersArePagedAndOnlyForMembers() async throws {
        let pick = OpportunityOperationsTests.pendingOpportunityInvitation
        try await EmulatorHarness().run { client in
            let request = #"{"Catalog":"Sandbox","Identifier":"\#(pick.engagementId!)","MaxResults":1"#
            let refused = try await client.call("ListEngagementMembers", request + "}")
            #expect(refused.errorType == "AccessDeniedException")
            #expect(refused.status == .forbidden)
            _ = try await client.call(
                "AcceptEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)"}"#)
            var members: [EngagementMember] = []
            var token: String?
            repeat {
                let reply = try await client.call(
                    "ListEngagementMembers", request + (token.map { #","NextToken":"\#($0)"}"# } ?? "}"))
                let page = try reply.decode(ListEngagementMembersResponse.self)
                #expect(page.engagementMemberList?.count == 1, "\(reply.text)")
                members += page.engagementMemberList ?? []
                token = page.nextToken
            } while token != nil && members.count < 10
            let existing = pick.existingMembers ?? []
            #expect(members.count == existing.count + 1)
            #expect(members.dropLast().map(\.companyName) == existing.map(\.companyName))
            #expect(members.last?.accountId == "444455556666")
            #expect(members.last?.companyName == pick.receiver?.account?.alias)
            let tooMany = try await client.call(
                "ListEngagementMembers", #"{"Catalog":"Sandbox","Identifier":"\#(pick.engagementId!)","MaxResults":11}"#
            )
            #expect(tooMany.errorType == "ValidationException")
        }
    }
}
