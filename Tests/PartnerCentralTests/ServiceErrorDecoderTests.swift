import Foundation
import Testing

@testable import PartnerCentral

@Suite struct ServiceErrorDecoderTests {
    static let context = ErrorContext(
        operation: .rejectEngagementInvitation,
        catalog: "Sandbox",
        identifier: "engi-0000002isusga"
    )

    func decode(status: Int = 400, headers: [(String, String)] = [], body: String) -> PartnerCentralError {
        ServiceErrorDecoder.decode(
            status: status,
            headers: headers.map { (name: $0.0, value: $0.1) },
            body: Array(body.utf8),
            context: Self.context
        )
    }

    @Test(arguments: [
        ("ConflictException", "ConflictException"),
        ("com.amazonaws.partnercentral#ConflictException", "ConflictException"),
        ("aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "FooError"),
        ("FooError:http://internal.amazon.com/", "FooError"),
    ])
    func stripsNamespaceAndSuffix(_ raw: String, _ code: String) {
        #expect(ServiceErrorDecoder.sanitizeCode(raw) == code)
    }

    @Test func bodyTypeWinsOverTheHeaderAsInBotocore() {
        let error = decode(
            headers: [("X-Amzn-ErrorType", "ConflictException:http://x"), ("x-amzn-RequestId", "req-1")],
            body: #"{"__type":"ValidationException","message":"state is REJECTED"}"#
        )
        guard error.code == .validation else {
            Issue.record("expected validation, got \(error)")
            return
        }
        let context = error.context
        #expect(context.code == "ValidationException")
        #expect(context.serviceMessage == "state is REJECTED")
        #expect(error.requestId == "req-1")
        #expect(error.errorCode == "ValidationException")
    }

    @Test func withoutABodyTypeTheStatusIsTheCodeWhateverTheHeaderOrCodeFieldSay() {
        let headerOnly = decode(headers: [("x-amzn-ErrorType", "ConflictException")], body: #"{"message":"m"}"#)
        let codeField = decode(body: #"{"code":"ResourceNotFoundException","message":"no such invitation"}"#)
        for error in [headerOnly, codeField] {
            guard error.code == .service else {
                Issue.record("expected a bare service error, got \(error)")
                continue
            }
            let context = error.context
            #expect(context.code == nil)
            #expect(error.errorCode == "HTTP400")
        }
    }

    @Test func bodyTypeWithEitherMessageCase() {
        let upper = decode(
            body: #"{"__type":"com.amazonaws#ResourceNotFoundException","Message":"no such invitation"}"#)
        let lower = decode(body: #"{"__type":"ResourceNotFoundException","message":"no such invitation"}"#)
        for error in [upper, lower] {
            guard error.code == .resourceNotFound else {
                Issue.record("expected not found, got \(error)")
                continue
            }
            let context = error.context
            #expect(context.serviceMessage == "no such invitation")
        }
    }

    @Test func validationCarriesReasonAndErrorList() {
        let error = decode(
            body: """
                {"__type":"ValidationException","message":"bad","Reason":"REQUEST_VALIDATION_FAILED",
                 "ErrorList":[{"FieldName":"Identifier","Code":"INVALID_STRING_FORMAT","Message":"must match engi-"}]}
                """
        )
        guard error.code == .validation else {
            Issue.record("expected validation, got \(error)")
            return
        }
        let reason = error.validationReason
        let issues = error.issues
        #expect(reason == .requestValidationFailed)
        #expect(
            issues == [
                ValidationIssue(fieldName: "Identifier", code: .invalidStringFormat, message: "must match engi-")
            ]
        )
        #expect(error.message.contains("Identifier: must match engi-"))
    }

    @Test func accessDeniedNamesTheIAMActionAndCatalog() {
        let error = decode(
            status: 403,
            headers: [("x-amzn-RequestId", "r-9")],
            body:
                #"{"__type":"AccessDeniedException","message":"no","Reason":"INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"}"#
        )
        guard error.code == .accessDenied else {
            Issue.record("expected access denied, got \(error)")
            return
        }
        let reason = error.accessDeniedReason
        #expect(reason == .incompatibleBenefitAwsPartnerState)
        // That reason is about the partner account, not a missing IAM permission.
        #expect(error.message.contains("partner account"))
        #expect(!error.message.contains("IAM permission"))
        #expect(error.message.contains("r-9"))
        #expect(!error.message.contains("\n"))
    }

    @Test func accessDeniedWithoutAReasonNamesTheIAMActionAndCatalog() {
        let error = decode(
            status: 403, headers: [("x-amzn-RequestId", "r-9")],
            body: #"{"__type":"AccessDeniedException","message":"User is not authorized."}"#)
        #expect(error.message.contains("partnercentral:RejectEngagementInvitation"))
        #expect(error.message.contains("Sandbox catalog"))
        // The service's own closing period is not doubled.
        #expect(error.message.contains("User is not authorized. Your credentials need"), "\(error.message)")
        #expect(!error.message.contains(".."))
    }

    @Test(arguments: [
        ("UnrecognizedClientException", "access key"), ("InvalidSignatureException", "secret access key"),
        ("ExpiredTokenException", "expired"),
    ])
    func authenticationErrorsSayWhatToFix(_ code: String, _ advice: String) {
        let error = decode(status: 403, body: #"{"__type":"\#(code)","message":"m"}"#)
        guard error.code == .authentication else {
            Issue.record("expected authentication, got \(error)")
            return
        }
        #expect(error.errorCode == code)
        #expect(error.message.contains(advice))
    }

    @Test func modelledExceptionsMapToTheirCases() {
        #expect(
            isCase(decode(body: #"{"__type":"ThrottlingException"}"#)) {
                $0.code == .throttling
            }
        )
        #expect(
            isCase(decode(status: 500, body: #"{"__type":"InternalServerException"}"#)) {
                $0.code == .internalServer
            }
        )
        #expect(
            isCase(decode(body: #"{"__type":"ServiceQuotaExceededException"}"#)) {
                $0.code == .serviceQuotaExceeded
            }
        )
        #expect(
            isCase(decode(body: #"{"__type":"SomethingNewException"}"#)) {
                $0.code == .service
            }
        )
    }

    @Test func aBareGatewayErrorIsAServiceErrorWithItsStatus() {
        let error = decode(status: 502, body: "<html>Bad Gateway</html>")
        guard error.code == .service else {
            Issue.record("expected service, got \(error)")
            return
        }
        let context = error.context
        #expect(context.statusCode == 502)
        #expect(error.errorCode == "HTTP502")
    }

    @Test func retryAfterHeaderIsMilliseconds() {
        let error = decode(headers: [("x-amz-retry-after", "1500")], body: #"{"__type":"ThrottlingException"}"#)
        #expect(error.context.retryAfter == 1.5)
    }

    @Test func retryAfterThatIsNotAFiniteNonNegativeNumberIsIgnored() {
        for value in ["inf", "Infinity", "-inf", "nan", "-1500", "1e400", "soon"] {
            let error = decode(headers: [("x-amz-retry-after", value)], body: #"{"__type":"ThrottlingException"}"#)
            #expect(error.context.retryAfter == nil, "\(value)")
        }
    }

    @Test func messagesAreOneLineWithoutControlCharacters() {
        let error = decode(body: #"{"__type":"ConflictException","message":"evil\u001b[31m\nline\u202Eflip"}"#)
        #expect(!error.message.contains("\u{1b}"))
        #expect(!error.message.contains("\n"))
        #expect(!error.message.contains("\u{202E}"))
        #expect(error.message.contains("evil[31m line"))
    }

    func isCase(_ error: PartnerCentralError, _ test: (PartnerCentralError) -> Bool) -> Bool { test(error) }
}
