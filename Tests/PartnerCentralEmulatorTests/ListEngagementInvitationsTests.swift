import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("ListEngagementInvitations")
struct ListEngagementInvitationsTests {
    @Test func listsSummaryRowsNewestFirstWithoutPayload() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#)
            #expect(reply.status == .ok)
            #expect(reply.headers[.contentType] == "application/x-amz-json-1.0")
            let rows = try #require(reply.json["EngagementInvitationSummaries"] as? [[String: Any]])
            #expect(rows.count == DemoPicks.count("Sandbox"))
            let allowed: Set<String> = [
                "Arn", "PayloadType", "Id", "EngagementId", "EngagementTitle", "Status", "InvitationDate",
                "ExpirationDate", "SenderAwsAccountId", "SenderCompanyName", "Receiver", "Catalog", "ParticipantType",
            ]
            for row in rows {
                #expect(Set(row.keys).isSubset(of: allowed), "extra members: \(Set(row.keys).subtracting(allowed))")
            }
            let decoded = try reply.decode(ListEngagementInvitationsResponse.self)
            let dates = decoded.engagementInvitationSummaries!.map { $0.invitationDate!.date }
            #expect(dates == dates.sorted(by: >))
            #expect(
                decoded.engagementInvitationSummaries!.allSatisfy {
                    $0.catalog == "Sandbox" && $0.participantType == .receiver
                })
            #expect(decoded.nextToken == nil)
            // Fractional seconds on the wire.
            #expect(decoded.engagementInvitationSummaries![0].invitationDate!.text.contains("."))
        }
    }

    @Test func sortsAscendingWhenAsked() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"AWS","ParticipantType":"RECEIVER","Sort":{"SortOrder":"ASCENDING","SortBy":"InvitationDate"}}"#
            )
            let dates = try reply.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!.map {
                $0.invitationDate!.date
            }
            #expect(dates.count == DemoPicks.count("AWS"))
            #expect(dates == dates.sorted())
        }
    }

    @Test func filtersByStatusIncludingLapsedPendingAsExpired() async throws {
        try await EmulatorHarness().run { client in
            for catalog in ["AWS", "Sandbox"] {
                for status in ["PENDING", "EXPIRED", "ACCEPTED", "REJECTED"] {
                    let reply = try await client.call(
                        "ListEngagementInvitations",
                        #"{"Catalog":"\#(catalog)","ParticipantType":"RECEIVER","Status":["\#(status)"]}"#)
                    let rows = try reply.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!
                    #expect(rows.count == DemoPicks.count(catalog, effectiveStatus: InvitationStatus(rawValue: status)))
                    #expect(rows.allSatisfy { $0.status?.rawValue == status })
                }
            }
            let lapsed = DemoPicks.lapsed()
            let reply = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"\#(lapsed.catalog!)","ParticipantType":"RECEIVER","Status":["EXPIRED"]}"#)
            let ids = try reply.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!.map(\.id)
            #expect(ids.contains(lapsed.id))
        }
    }

    @Test func filtersByPayloadTypeEngagementAndSender() async throws {
        let pick = DemoPicks.pending()
        try await EmulatorHarness().run { client in
            let leads = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","PayloadType":["LeadInvitation"]}"#)
            let leadRows = try leads.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!
            #expect(!leadRows.isEmpty && leadRows.allSatisfy { $0.payloadType == .leadInvitation })

            let byEngagement = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","EngagementIdentifier":["\#(pick.engagementId!)"]}"#
            )
            #expect(
                try byEngagement.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!.map(\.id)
                    == [pick.id])

            let engagementArn = InvitationARN.engagementArn(catalog: "Sandbox", id: pick.engagementId!)
            let byArn = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","EngagementIdentifier":["\#(engagementArn)"]}"#)
            #expect(
                try byArn.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!.map(\.id) == [
                    pick.id
                ])

            let bySender = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","SenderAwsAccountId":["210987654321"]}"#)
            let senderRows = try bySender.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!
            let expected = DemoPicks.rebased.invitations.filter {
                $0.catalog == "Sandbox" && $0.senderAwsAccountId == "210987654321"
            }
            #expect(senderRows.count == expected.count && !senderRows.isEmpty)

            let sender = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"SENDER"}"#)
            #expect(try sender.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries == [])
        }
    }

    @Test func pagesThroughEveryRowOnceWithOpaqueTokens() async throws {
        try await EmulatorHarness(seed: TestSeeds.generated(count: 237)).run { client in
            var seen: [String] = []
            var token: String?
            var pages = 0
            repeat {
                let tokenMember = token.map { #","NextToken":"\#($0)""# } ?? ""
                let reply = try await client.call(
                    "ListEngagementInvitations",
                    #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":25\#(tokenMember)}"#)
                #expect(reply.status == .ok, "\(reply.text)")
                let page = try reply.decode(ListEngagementInvitationsResponse.self)
                #expect(page.engagementInvitationSummaries!.count <= 25)
                seen += page.engagementInvitationSummaries!.map(\.id!)
                token = page.nextToken
                pages += 1
            } while token != nil && pages < 20
            #expect(pages == 10)
            #expect(seen.count == 237 && Set(seen).count == 237)
            #expect(seen.first == "engi-" + InvitationStore.base36(0, width: 13))
        }
    }

    @Test func theNextPageStartsAfterTheLastRowSeenEvenWhenThoseRowsLeaveTheFilter() async throws {
        try await EmulatorHarness(seed: TestSeeds.generated(count: 40)).run { client in
            let filter = #""Catalog":"Sandbox","ParticipantType":"RECEIVER","Status":["PENDING"]"#
            let everything = try await client.call("ListEngagementInvitations", "{\(filter)}")
            let original = try everything.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!
                .map(\.id)
            #expect(original.count == 20)

            let first = try await client.call("ListEngagementInvitations", "{\(filter),\"MaxResults\":5}")
            let firstPage = try first.decode(ListEngagementInvitationsResponse.self)
            #expect(firstPage.engagementInvitationSummaries!.map(\.id) == Array(original[0..<5]))
            let token = try #require(firstPage.nextToken)

            // The caller acts on what it has seen: those rows are no longer PENDING when it asks for more.
            for id in original[0..<5] {
                let reject = try await client.call(
                    "RejectEngagementInvitation",
                    #"{"Catalog":"Sandbox","Identifier":"\#(id!)","RejectionReason":"Other"}"#)
                #expect(reject.status == .ok, "\(reject.text)")
            }
            let second = try await client.call(
                "ListEngagementInvitations", "{\(filter),\"MaxResults\":5,\"NextToken\":\"\(token)\"}")
            #expect(second.status == .ok, "\(second.text)")
            #expect(
                try second.decode(ListEngagementInvitationsResponse.self).engagementInvitationSummaries!.map(\.id)
                    == Array(original[5..<10]))
        }
    }

    @Test func rejectsTamperedTokensAndTokensReusedWithOtherFilters() async throws {
        try await EmulatorHarness(seed: TestSeeds.generated(count: 30)).run { client in
            let first = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":10}"#)
            let token = try #require(try first.decode(ListEngagementInvitationsResponse.self).nextToken)

            // A different page size is fine: only the filters and sort are bound.
            let resized = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":5,"NextToken":"\#(token)"}"#)
            #expect(resized.status == .ok)

            let otherFilter = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","Status":["PENDING"],"NextToken":"\#(token)"}"#)
            #expect(otherFilter.errorType == "ValidationException")
            #expect(otherFilter.validationCodes == ["NextToken:INVALID_VALUE"])

            var tampered = Array(token)
            tampered[3] = tampered[3] == "A" ? "B" : "A"
            let forged = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","NextToken":"\#(String(tampered))"}"#)
            #expect(forged.status == .badRequest)
            #expect(forged.errorType == "ValidationException")

            let garbage = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","NextToken":"abc"}"#)
            #expect(garbage.errorType == "ValidationException")
        }
    }

    @Test func validatesTheRequestAgainstTheModel() async throws {
        try await EmulatorHarness().run { client in
            let missing = try await client.call("ListEngagementInvitations", "{}")
            #expect(missing.status == .badRequest)
            #expect(missing.errorType == "ValidationException")
            #expect(missing.json["Reason"] as? String == "REQUEST_VALIDATION_FAILED")
            #expect(
                missing.validationCodes == ["Catalog:REQUIRED_FIELD_MISSING", "ParticipantType:REQUIRED_FIELD_MISSING"])

            for (maxResults, ok) in [(0, false), (1, true), (100, true), (101, false)] {
                let reply = try await client.call(
                    "ListEngagementInvitations",
                    #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":\#(maxResults)}"#)
                #expect((reply.status == .ok) == ok, "MaxResults \(maxResults)")
                if !ok { #expect(reply.validationCodes == ["MaxResults:VALUE_OUT_OF_RANGE"]) }
            }
            let badEnum = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","Status":["PENDNG"]}"#)
            #expect(badEnum.validationCodes == ["Status:INVALID_ENUM_VALUE"])

            let tooMany = try await client.call(
                "ListEngagementInvitations",
                #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","SenderAwsAccountId":["1","2","3","4","5","6","7","8","9","10","11"]}"#
            )
            #expect(tooMany.validationCodes == ["SenderAwsAccountId:TOO_MANY_VALUES"])

            // A member of the wrong JSON type fails deserialisation, before validation, as AWS JSON services answer.
            let wrongTypes: [(body: String, message: String)] = [
                (#"{"Catalog":5,"ParticipantType":"RECEIVER"}"#, "NUMBER_VALUE can not be converted to a String"),
                (
                    #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":"5"}"#,
                    "STRING_VALUE can not be converted to an Integer"
                ),
                (#"{"Catalog":true,"ParticipantType":"RECEIVER"}"#, "TRUE_VALUE can not be converted to a String"),
                (
                    #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","Status":"PENDING"}"#,
                    "STRING_VALUE can not be converted to a List"
                ),
                (
                    #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","Sort":["InvitationDate"]}"#,
                    "Start of list found where not expected"
                ),
                (
                    #"{"Catalog":{"Name":"Sandbox"},"ParticipantType":"RECEIVER"}"#,
                    "Start of structure or map found where not expected."
                ),
            ]
            for (body, message) in wrongTypes {
                let reply = try await client.call("ListEngagementInvitations", body)
                #expect(reply.status == .badRequest, "\(body)")
                #expect(reply.errorType == "SerializationException", "\(body): \(reply.text)")
                #expect(reply.message == message, "\(body)")
            }

            let badCatalog = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Prod-1","ParticipantType":"RECEIVER"}"#)
            #expect(badCatalog.validationCodes == ["Catalog:INVALID_STRING_FORMAT"])

            let unknownCatalog = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Staging","ParticipantType":"RECEIVER"}"#)
            #expect(unknownCatalog.errorType == "ValidationException")

            let notJSON = try await client.call("ListEngagementInvitations", "Catalog=Sandbox")
            #expect(notJSON.status == .badRequest)
            #expect(notJSON.errorType == "SerializationException")
        }
    }

    @Test func tenThousandInvitationsPageThroughCompletely() async throws {
        let seed = TestSeeds.generated(count: 10_000)
        try await EmulatorHarness(seed: seed).run { client in
            var token: String?
            var ids: Set<String> = []
            var pages = 0
            repeat {
                let tokenMember = token.map { #","NextToken":"\#($0)""# } ?? ""
                let reply = try await client.call(
                    "ListEngagementInvitations",
                    #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":100,"Status":["PENDING","ACCEPTED"]\#(tokenMember)}"#
                )
                let page = try reply.decode(ListEngagementInvitationsResponse.self)
                ids.formUnion(page.engagementInvitationSummaries!.map(\.id!))
                token = page.nextToken
                pages += 1
            } while token != nil && pages < 200
            // Every pending or accepted row exactly once, with no row lost or repeated at a page boundary.
            #expect(ids.count == 7_500)
            #expect(pages == 75)
        }
    }
}
