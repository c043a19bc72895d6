import Foundation
import Testing

@testable import PartnerCentral

/// Responses the real service may send and our emulator never did: each is read without failing, the typed value
/// keeps what can be read, and the JSON output is byte for byte what botocore 1.44.8 parses and the AWS CLI prints.
@Suite struct LenientDecodingTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let operation: PartnerCentral.Operation
        let body: String
        var description: String { name }
    }

    static let opportunity = #"""
        {"OpportunityInvitation": {"ReceiverResponsibilities": ["Co-Sell Facilitator"],
         "Customer": {"Industry": "Healthcare", "CompanyName": "Contoso Health Partners", "WebsiteUrl": "https://contoso.example", "CountryCode": "US"},
         "Project": {"BusinessProblem": "Migrate the patient portal to AWS", "Title": "Portal migration",
                     "TargetCompletionDate": "2027-03-01",
                     "ExpectedCustomerSpend": [{"Amount": "12000.50", "CurrencyCode": "USD", "Frequency": "Monthly", "TargetCompany": "AWS"}]},
         "OpportunityType": "Net New Business"}}
        """#

    static let cases: [Case] = [
        Case(
            name: "summary without Catalog", operation: .listEngagementInvitations,
            body: #"""
                {"EngagementInvitationSummaries": [{"Id": "engi-0000000000001", "EngagementTitle": "No catalog"},
                 {"Id": "engi-0000000000002", "Catalog": "AWS", "Status": "PENDING"}]}
                """#),
        Case(
            name: "account id and alias as numbers, receiver without AwsAccountId",
            operation: .listEngagementInvitations,
            body: #"""
                {"EngagementInvitationSummaries": [{"Id": "engi-0000000000003", "Catalog": "AWS",
                  "SenderAwsAccountId": 123456789012, "Receiver": {"Account": {"Alias": "partner"}}},
                 {"Id": "engi-0000000000004", "Catalog": "AWS", "Receiver": {"Account": {"AwsAccountId": 999988887777}}}]}
                """#),
        Case(
            name: "null in a list and null members", operation: .listEngagementInvitations,
            body: #"""
                {"EngagementInvitationSummaries": [null, {"Id": "engi-0000000000005", "Catalog": "AWS", "EngagementTitle": null}], "NextToken": null}
                """#),
        Case(
            name: "unknown members, enum values and payload type", operation: .listEngagementInvitations,
            body: #"""
                {"EngagementInvitationSummaries": [{"Id": "engi-0000000000006", "Catalog": "AWS", "Status": "UNDER_REVIEW",
                  "PayloadType": "FuturePlanningInvitation", "FutureMember": {"a": [1, 2]}, "ParticipantType": "OBSERVER"}],
                 "SomethingNew": true}
                """#),
        Case(
            name: "timestamps exactly as sent", operation: .listEngagementInvitations,
            body: #"""
                {"EngagementInvitationSummaries": [{"Id": "engi-0000000000007", "Catalog": "AWS",
                  "InvitationDate": "2025-11-03T03:12:45.632Z", "ExpirationDate": "2025-11-18T03:12:45.632000+00:00"},
                 {"Id": "engi-0000000000008", "Catalog": "AWS", "InvitationDate": 1762139565.632, "ExpirationDate": 1e21},
                 {"Id": "engi-0000000000009", "Catalog": "AWS", "InvitationDate": "not a date"}]}
                """#),
        Case(
            name: "duplicate keys keep the last value", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000010", "Catalog": "Sandbox", "EngagementTitle": "first", "EngagementTitle": "last",
                 "Status": "PENDING", "Status": "EXPIRED"}
                """#),
        Case(
            name: "member names are exact", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000011", "catalog": "AWS", "engagementTitle": "lower-case members are not the model's"}
                """#),
        Case(
            name: "opportunity without Customer, amount as a number", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000012", "Catalog": "AWS", "PayloadType": "OpportunityInvitation",
                 "Payload": {"OpportunityInvitation": {"ReceiverResponsibilities": ["Co-Sell Facilitator", null],
                   "Project": {"Title": "Spend as a number", "ExpectedCustomerSpend": [{"Amount": 1250.5, "CurrencyCode": "EUR", "Frequency": "Monthly", "TargetCompany": "AWS"}]}}}}
                """#),
        Case(
            name: "unknown payload variant", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000013", "Catalog": "AWS", "PayloadType": "FuturePlanningInvitation",
                 "Payload": {"FuturePlanningInvitation": {"Anything": "at all"}}}
                """#),
        Case(
            name: "current model: enrichment, opportunity type", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000014", "Catalog": "AWS", "PayloadType": "OpportunityInvitation", "Payload": \#(opportunity),
                 "EnrichmentContext": {"ProspectingResultAws": {"Customer": {"AccountName": "Contoso", "Country": "US", "Industry": "Healthcare",
                    "Segment": "Enterprise", "CompanySize": "1001-5000", "EligiblePrograms": ["MAP", "ISV Accelerate"]},
                   "Insights": {"MarketplaceEngagementScore": "High", "SolutionScore": "87"}},
                  "LeadInsights": {"LeadReadinessScore": "72", "ChannelRecommendation": {"RecommendedChannel": "Email",
                    "BestOutreachWindows": [{"Day": "TUESDAY", "StartTimeUtc": "14:00", "EndTimeUtc": "16:00"}]}}}}
                """#),
        Case(
            name: "account-planning invitation", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000015", "Catalog": "AWS", "PayloadType": "AccountPlanningInvitation",
                 "Payload": {"AccountPlanningInvitation": {"AccountIdentifier": "ca-0000000000001",
                   "Customer": {"CompanyName": "Fabrikam GmbH", "Industry": "Manufacturing", "CountryCode": "DE"},
                   "PreferredContact": {"Window": "MORNING", "Timezone": "Europe/Berlin"}}}}
                """#),
        Case(
            name: "real-service junk: lead insights and internal ids", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000016", "Catalog": "AWS", "PayloadType": "LeadInvitation",
                 "Payload": {"LeadInvitation": {"Customer": {"CompanyName": "Northwind", "CountryCode": "JP"},
                   "Interaction": {"SourceType": "Event", "ContactBusinessTitle": "CTO"}, "Insights": {"EngagementScore": "High"}}},
                 "ExistingMembers": [{"CompanyName": "ckPAk001aq000007AEld", "WebsiteUrl": "null"}],
                 "Numbers": [1.0, -0, 1E5, 0.00001, 12345678901234567890]}
                """#),
        Case(
            name: "a structure sent as another type", operation: .getEngagementInvitation,
            body: #"""
                {"Id": "engi-0000000000017", "Catalog": "AWS", "ExistingMembers": "none", "EngagementTitle": ["not", "text"]}
                """#),
    ]

    /// What botocore parses and the AWS CLI prints, one entry per case.
    static func botocore() async throws -> [[String: String]] {
        let input = try JSONSerialization.data(
            withJSONObject: cases.map { ["operation": $0.operation.rawValue, "body": $0.body] })
        let result = try await Python.run([Fixtures.url("botocore_parse.py").path], input: input)
        return (try? JSONSerialization.jsonObject(with: result.stdout)) as? [[String: String]] ?? []
    }

    static func decode(_ body: String) throws -> JSONValue { try JSONParser.parse(Array(body.utf8)) }

    @Test func outputIsWhatBotocoreParses() async throws {
        let parsed = try await Self.botocore()
        try #require(parsed.count == Self.cases.count, "python3 with botocore 1.44.8 is needed (see .ci/run)")
        for (oddCase, expected) in zip(Self.cases, parsed) {
            #expect(expected["version"] == "1.44.8", "the tests pin botocore 1.44.8")
            let ours =
                PythonJSONWriter.pretty(
                    BotocoreOutput.parse(try Self.decode(oddCase.body), operation: oddCase.operation)) + "\n"
            if let text = expected["text"] {
                #expect(ours == text, "\(oddCase.name)")
            } else {
                // botocore itself fails on a structure sent as a string; we still print what there is.
                #expect(
                    oddCase.name == "a structure sent as another type", "botocore failed: \(expected["error"] ?? "")")
            }
        }
    }

    @Test func everyOddResponseDecodesToWhatCanBeRead() throws {
        func page(_ name: String) throws -> ListEngagementInvitationsResponse {
            ListEngagementInvitationsResponse(
                json: try Self.decode(try #require(Self.cases.first { $0.name == name }).body))
        }
        func invitation(_ name: String) throws -> EngagementInvitation {
            EngagementInvitation(json: try Self.decode(try #require(Self.cases.first { $0.name == name }).body))
        }
        let noCatalog = try page("summary without Catalog").engagementInvitationSummaries ?? []
        #expect(noCatalog.map(\.id) == ["engi-0000000000001", "engi-0000000000002"])
        #expect(noCatalog[0].catalog == nil && noCatalog[1].catalog == "AWS")

        let numbers =
            try page("account id and alias as numbers, receiver without AwsAccountId").engagementInvitationSummaries
            ?? []
        #expect(numbers[0].senderAwsAccountId == "123456789012")
        #expect(numbers[0].receiver?.account?.alias == "partner" && numbers[0].receiver?.account?.awsAccountId == nil)
        #expect(numbers[1].receiver?.account?.awsAccountId == "999988887777")

        let nulls = try page("null in a list and null members")
        #expect(nulls.engagementInvitationSummaries?.map(\.id) == ["engi-0000000000005"])
        #expect(nulls.nextToken == nil)

        let unknown = try page("unknown members, enum values and payload type").engagementInvitationSummaries?.first
        #expect(unknown?.status?.rawValue == "UNDER_REVIEW" && unknown?.status?.isKnown == false)
        #expect(unknown?.payloadType?.rawValue == "FuturePlanningInvitation")

        let times = try page("timestamps exactly as sent").engagementInvitationSummaries ?? []
        #expect(times[0].invitationDate?.text == "2025-11-03T03:12:45.632Z")
        #expect(times[0].expirationDate?.text == "2025-11-18T03:12:45.632000+00:00")
        #expect(times[1].invitationDate?.text == "1762139565.632")
        #expect(times[1].expirationDate == nil, "1e21 s is no instant: left out of the typed value, kept for output")
        #expect(times[2].invitationDate == nil)

        let duplicate = try invitation("duplicate keys keep the last value")
        #expect(duplicate.engagementTitle == "last" && duplicate.status == .expired)

        let lowerCase = try invitation("member names are exact")
        #expect(lowerCase.catalog == nil && lowerCase.engagementTitle == nil)

        let noCustomer = try invitation("opportunity without Customer, amount as a number").payload?
            .opportunityInvitation
        #expect(noCustomer?.customer == nil)
        #expect(noCustomer?.receiverResponsibilities == ["Co-Sell Facilitator"])
        #expect(noCustomer?.project?.expectedCustomerSpend?.first?.amount == "1250.5")

        let future = try invitation("unknown payload variant").payload
        #expect(future?.unknownMemberName == "FuturePlanningInvitation")
        #expect(future?.opportunityInvitation == nil && future?.leadInvitation == nil)

        let enriched = try invitation("current model: enrichment, opportunity type")
        #expect(enriched.payload?.opportunityInvitation?.opportunityType == .netNewBusiness)
        #expect(enriched.enrichmentContext?.leadInsights?.leadReadinessScore == "72")
        #expect(
            enriched.enrichmentContext?.prospectingResultAws?.customer?.eligiblePrograms == ["MAP", "ISV Accelerate"])
        #expect(
            enriched.enrichmentContext?.leadInsights?.channelRecommendation?.bestOutreachWindows?.first?.day == .tuesday
        )

        let plan = try invitation("account-planning invitation")
        #expect(plan.payloadType == .accountPlanningInvitation)
        #expect(plan.payload?.accountPlanningInvitation?.customer?.companyName == "Fabrikam GmbH")
        #expect(plan.payload?.accountPlanningInvitation?.preferredContact?.window == .morning)

        let junk = try invitation("real-service junk: lead insights and internal ids")
        #expect(junk.payload?.leadInvitation?.customer?.companyName == "Northwind")
        #expect(junk.existingMembers?.first?.websiteUrl == "null")

        let wrongTypes = try invitation("a structure sent as another type")
        #expect(
            wrongTypes.id == "engi-0000000000017" && wrongTypes.existingMembers == nil
                && wrongTypes.engagementTitle == nil)
    }

    @Test func typedValuesRoundTripThroughTheirJSON() throws {
        for oddCase in Self.cases where oddCase.operation == .getEngagementInvitation {
            let first = EngagementInvitation(json: try Self.decode(oddCase.body))
            let again = EngagementInvitation(json: first.json)
            #expect(again == first, "\(oddCase.name)")
        }
    }
}
