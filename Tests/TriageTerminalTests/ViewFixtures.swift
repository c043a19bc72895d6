import Foundation
import PartnerCentral
import TriageCore

/// Invitations and states for view tests: ordinary rows, wide characters and hostile strings.
enum ViewFixtures {
    /// 2026-11-26T12:00:00Z, the fixed "now" of every view test.
    static let now = Date(timeIntervalSince1970: 1_795_694_400)

    static let invitationsJSON = #"""
        [
          {"Id": "engi-0000000000001", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "Data lake modernisation for retail", "SenderCompanyName": "Acme Cloud Partners",
           "InvitationDate": "2026-11-25T09:00:00Z", "ExpirationDate": "2026-12-10T09:00:00Z"},
          {"Id": "engi-0000000000002", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "LeadInvitation",
           "EngagementTitle": "東京リージョン移行プロジェクト", "SenderCompanyName": "株式会社サンプル",
           "InvitationDate": "2026-11-24T09:00:00Z", "ExpirationDate": "2026-11-28T06:00:00Z"},
          {"Id": "engi-0000000000003", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "🚀 Launch GenAI chatbot 👨‍👩‍👧 ⚠️ now", "SenderCompanyName": "Émoji Corp 🇩🇪",
           "SenderAwsAccountId": "123456789012",
           "InvitationDate": "2026-11-23T09:00:00Z", "ExpirationDate": "2026-12-01T09:00:00Z",
           "InvitationMessage": "Hi team,\nplease take a look — the customer wants to start in January.",
           "EngagementDescription": "Customer-facing assistant for support.",
           "ExistingMembers": [{"CompanyName": "AWS", "WebsiteUrl": "https://aws.amazon.com"}],
           "Payload": {"OpportunityInvitation": {
             "SenderContacts": [{"Email": "jane@example.com", "FirstName": "Jane", "LastName": "Doe",
                                 "BusinessTitle": "Partner Development Manager", "Phone": "+12065550100"}],
             "ReceiverResponsibilities": ["Services Partner", "Reseller"],
             "Customer": {"Industry": "Retail", "CompanyName": "Example Retail GmbH",
                          "WebsiteUrl": "https://retail.example.com", "CountryCode": "DE"},
             "Project": {"BusinessProblem": "The customer's support team answers the same questions all day and wants a chatbot that deflects half of them.",
                         "Title": "Support chatbot", "TargetCompletionDate": "2027-03-31",
                         "ExpectedCustomerSpend": [{"Amount": "12000", "CurrencyCode": "EUR", "Frequency": "Monthly",
                                                    "TargetCompany": "AWS"}]}}}},
          {"Id": "engi-0000000000004", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "Evil\u001b]0;pwned\u0007\u001b[2J title\u202egnp.exe",
           "SenderCompanyName": "Bad\r\nActor\u009b31m\u0000",
           "InvitationDate": "2026-11-22T09:00:00Z", "ExpirationDate": "2026-12-05T09:00:00Z"},
          {"Id": "engi-0000000000005", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "LeadInvitation",
           "EngagementTitle": "A very long engagement title that will certainly not fit in any column",
           "SenderCompanyName": "Some Extremely Long Sender Company Name International Holdings Ltd",
           "InvitationDate": "2026-11-21T09:00:00Z", "ExpirationDate": "2026-11-26T18:00:00Z"},
          {"Id": "engi-0000000000006", "Catalog": "Sandbox", "Status": "REJECTED", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "Cafe\u0301 naïve résumé", "SenderCompanyName": "Combining Marks SA",
           "InvitationDate": "2026-11-20T09:00:00Z", "ExpirationDate": "2026-12-04T09:00:00Z",
           "RejectionReason": "Unable to support"},
          {"Id": "engi-0000000000007", "Catalog": "Sandbox", "Status": "ACCEPTED", "PayloadType": "LeadInvitation",
           "EngagementTitle": "Accepted migration", "SenderCompanyName": "North Wind",
           "InvitationDate": "2026-11-19T09:00:00Z", "ExpirationDate": "2026-12-03T09:00:00Z"},
          {"Id": "engi-0000000000008", "Catalog": "Sandbox", "Status": "EXPIRED", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "Old analytics deal", "SenderCompanyName": "South Wind",
           "InvitationDate": "2026-11-01T09:00:00Z", "ExpirationDate": "2026-11-16T09:00:00Z"},
          {"Id": "engi-0000000000009", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "SAP on AWS", "SenderCompanyName": "Contoso",
           "InvitationDate": "2026-11-18T09:00:00Z", "ExpirationDate": "2026-12-02T09:00:00Z"},
          {"Id": "engi-000000000000a", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "Serverless order pipeline", "SenderCompanyName": "Fabrikam",
           "InvitationDate": "2026-11-17T09:00:00Z", "ExpirationDate": "2026-12-01T20:00:00Z"},
          {"Id": "engi-000000000000b", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "LeadInvitation",
           "EngagementTitle": "Contact centre with Amazon Connect", "SenderCompanyName": "Tailspin Toys",
           "InvitationDate": "2026-11-16T09:00:00Z", "ExpirationDate": "2026-11-30T09:00:00Z"},
          {"Id": "engi-000000000000c", "Catalog": "Sandbox", "Status": "PENDING", "PayloadType": "OpportunityInvitation",
           "EngagementTitle": "Landing zone", "SenderCompanyName": "Wide World Importers",
           "InvitationDate": "2026-11-15T09:00:00Z", "ExpirationDate": "2026-11-29T09:00:00Z"}
        ]
        """#

    static let invitations: [EngagementInvitation] = {
        // Safe to force try: the fixture is a literal in this file and is decoded by every view test.
        try! PartnerCentralJSON.decoder().decode([EngagementInvitation].self, from: Data(invitationsJSON.utf8))
    }()

    /// A list loaded with every fixture invitation, at a size.
    static func listState(catalog: Catalog = .sandbox, cols: Int, rows: Int, graceSeconds: Int = 0) -> TriageState {
        var state = TriageState(
            catalog: catalog, identityLabel: "endpoint http://127.0.0.1:4566", now: now, sessionNonce: "nonce",
            cols: cols, rows: rows, graceSeconds: graceSeconds)
        _ = state.start()
        _ = state.update(
            .pageLoaded(
                catalog: catalog, generation: state.generation, summaries: invitations.map(\.summary),
                nextToken: nil))
        return state
    }

    /// Sends keys in order.
    static func press(_ keys: [Key], on state: inout TriageState) {
        for key in keys {
            _ = state.update(.key(key))
        }
    }
}
