import Testing

@testable import PartnerCentral

/// `GetEngagementInvitation` answers about another invitation are refused, so nothing shows or acts on one
/// invitation while naming another.
@Suite struct InvitationIdentityCheckTests {
    static let arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/engi-0000000000001"

    static func body(id: String, arn: String) -> String {
        #"{"Catalog":"Sandbox","Id":"\#(id)","Arn":"\#(arn)","Status":"PENDING"}"#
    }

    @Test(arguments: [
        ("engi-0000000000001", body(id: "engi-0000000000002", arn: arn), "engi-0000000000002"),
        (
            "engi-0000000000001", body(id: "engi-0000000000001", arn: arn.replacingOccurrences(of: "01", with: "09")),
            arn.replacingOccurrences(of: "01", with: "09")
        ),
        (
            arn, body(id: "engi-0000000000001", arn: arn.replacingOccurrences(of: "Sandbox", with: "AWS")),
            arn.replacingOccurrences(of: "Sandbox", with: "AWS")
        ),
    ])
    func anAnswerAboutAnotherInvitationIsRefused(requested: String, body: String, named: String) async throws {
        try await ClientHarness.with([.ok(body)], retryPolicy: .none) { h in
            do {
                _ = try await h.client.getEngagementInvitation(
                    GetEngagementInvitationRequest(catalog: "Sandbox", identifier: requested))
                Issue.record("an answer about \(named) was accepted for \(requested)")
            } catch let error as PartnerCentralError {
                guard error.code == .invalidResponse else { throw error }
                #expect(error.message.contains("it describes invitation \(named) instead"))
            }
        }
    }

    @Test(arguments: ["engi-0000000000001", arn])
    func anIdAndItsARNAreTheSameInvitation(requested: String) async throws {
        try await ClientHarness.with([.ok(Self.body(id: "engi-0000000000001", arn: Self.arn))]) { h in
            let invitation = try await h.client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: requested))
            #expect(invitation.id == "engi-0000000000001")
        }
    }
}
