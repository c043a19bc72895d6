import Foundation
import Testing

@testable import PartnerCentral

@Suite struct ErrorCodeTests {
    static let context = ErrorContext(operation: .getEngagementInvitation, catalog: "Sandbox", requestId: "r-1")

    @Test func eachConstructorSetsItsCodeAndPayload() {
        let issue = ValidationIssue(fieldName: "Identifier", code: .invalidStringFormat, message: "bad")
        let cases: [(PartnerCentralError, PartnerCentralError.Code)] = [
            (.throttling(Self.context), .throttling),
            (.accessDenied(Self.context, reason: .incompatibleBenefitAwsPartnerState), .accessDenied),
            (.internalServer(Self.context), .internalServer),
            (.validation(Self.context, reason: nil, issues: [issue]), .validation),
            (.resourceNotFound(Self.context), .resourceNotFound),
            (.conflict(Self.context), .conflict),
            (.serviceQuotaExceeded(Self.context), .serviceQuotaExceeded),
            (.authentication(Self.context), .authentication),
            (.service(Self.context), .service),
            (.transport(.tls(detail: "bad cert"), Self.context), .transport),
            (.invalidResponse(Self.context, detail: "html"), .invalidResponse),
            (.invalidRequest(Self.context, issues: [issue]), .invalidRequest),
            (.invalidEndpoint(url: "ftp://x", reason: "no"), .invalidEndpoint),
            (.credentials(Self.context, underlying: CredentialsError.noCredentials(profile: nil)), .credentials),
        ]
        for (error, code) in cases {
            #expect(error.code == code, "\(error.code)")
        }
        // Every code is distinct and names itself.
        #expect(Set(cases.map(\.1)).count == cases.count)
        #expect(PartnerCentralError.Code.accessDenied.description == "accessDenied")
        #expect(cases[1].0.accessDeniedReason == .incompatibleBenefitAwsPartnerState)
        #expect(cases[3].0.issues == [issue])
        #expect(cases[9].0.transportFailure == .tls(detail: "bad cert"))
        #expect(cases[10].0.detail == "html")
        #expect(cases[12].0.endpointURL == "ftp://x")
        #expect(cases[12].0.endpointReason == "no")
        #expect(cases[12].0.context == ErrorContext())
        #expect(cases[13].0.underlying as? CredentialsError == .noCredentials(profile: nil))
        #expect(cases[0].0.context == Self.context)
    }

    @Test func credentialErrorsCompareByCodeAndValue() {
        let error = CredentialsError.processFailed(profile: "p", detail: "exit status 1")
        #expect(error.code == .processFailed)
        #expect(error.profile == "p")
        #expect(error.detail == "exit status 1")
        #expect(error == .processFailed(profile: "p", detail: "exit status 1"))
        #expect(error != .processFailed(profile: "q", detail: "exit status 1"))
        #expect(STSError.unreachable(endpoint: "http://x", detail: "d").endpoint == "http://x")
        #expect(STSError.service(code: "AccessDenied", message: "m", httpStatus: 403).serviceCode == "AccessDenied")
        #expect(AssumeRoleConfigurationError.noHTTPClient(profile: "p").code == .noHTTPClient)
    }
}
