import Testing

@testable import PartnerCentral

/// A page read as far as its token gives the token and row count its decoded rows give, whatever the service sent.
@Suite struct ListEngagementInvitationsPageTests {
    @Test(arguments: [
        #"{"EngagementInvitationSummaries": [{"Id": "engi-1"}, {"Id": "engi-2"}], "NextToken": "t2"}"#,
        #"{"EngagementInvitationSummaries": [{"Id": "engi-1"}, "odd", null, 7, {}], "NextToken": 12}"#,
        #"{"EngagementInvitationSummaries": {"Id": "engi-1"}, "NextToken": ""}"#,
        #"{"NextToken": "t3", "Unknown": [1, 2]}"#,
        #"{}"#,
    ])
    func theTokenAndRowCountAreTheDecodedPagesOwn(body: String) throws {
        let page = ListEngagementInvitationsPage(json: try JSONParser.parse(Array(body.utf8)))
        let response = page.response
        #expect(page.nextToken == response.nextToken)
        #expect(page.rowCount == response.engagementInvitationSummaries?.count ?? 0)
    }

    @Test func theRowsAreDecodedAsTheOnePageCallDecodesThem() throws {
        let body = #"{"EngagementInvitationSummaries": [{"Id": "engi-1", "Catalog": "Sandbox"}], "NextToken": "t2"}"#
        let json = try JSONParser.parse(Array(body.utf8))
        let page = ListEngagementInvitationsPage(json: json)
        #expect(page.response == ListEngagementInvitationsResponse(json: json))
        #expect(page.rowCount == 1)
        #expect(page.nextToken == "t2")
        #expect(ListEngagementInvitationsPage(page.response).response == page.response)
    }
}
