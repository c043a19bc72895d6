import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

/// Every documented error the service can answer, injected by the emulator, through the real binary and the AWS
/// CLI: each is one clear line, is not retried, and exits 1; the AWS CLI names the same error.
@Suite(.serialized) struct ServiceFaultEndToEndTests {
    struct Expectation: Sendable, CustomStringConvertible {
        let kind: FaultKind
        let code: String
        let ours: String
        var description: String { kind.rawValue }
    }

    static let expectations = [
        Expectation(
            kind: .accessDenied, code: "AccessDeniedException",
            ours:
                "Your credentials need the IAM permission partnercentral:GetEngagementInvitation in the Sandbox catalog"
        ),
        Expectation(
            kind: .accessDeniedWithReason, code: "AccessDeniedException",
            ours: "(INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE); check the account in Partner Central"),
        Expectation(
            kind: .serviceQuotaExceeded, code: "ServiceQuotaExceededException",
            ours: "A Partner Central quota would be exceeded by"),
        Expectation(kind: .resourceNotFound, code: "ResourceNotFoundException", ours: "Not found:"),
    ]

    @Test(arguments: expectations)
    func eachFaultIsOneClearLineAndTheAWSCLINamesIt(_ expected: Expectation) async throws {
        let seed = EndToEndSeed.make(pending: 1)
        try await EndToEndEnvironment.with(seed: seed, faultRate: 1, faultKinds: [expected.kind]) { environment in
            let id = try #require(seed.invitations.first?.id)

            let ours = try await environment.run(["show", id, "--catalog", "Sandbox"])
            #expect(ours.status == 1, "\(ours.stderr)")
            let lines = ours.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(ours.stderr)")
            #expect(ours.stderr.contains(expected.ours), "\(ours.stderr)")
            #expect(!ours.stderr.contains("attempt"), "not retried: \(ours.stderr)")

            let theirs = try await AWSCLI.run(
                ["get-engagement-invitation", "--catalog", "Sandbox", "--identifier", id], in: environment)
            #expect(theirs.status != 0)
            #expect(theirs.stderr.contains("(\(expected.code))"), "\(theirs.stderr)")
        }
    }
}
