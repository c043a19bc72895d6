import Foundation
import HTTPTypes
import PartnerCentral
import Testing

@testable import PartnerCentralEmulator

@Suite("Signatures")
struct AuthenticationTests {
    static let list = #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#

    @Test func unsignedRequestsAreMissingAuthentication() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call("ListEngagementInvitations", Self.list, credentials: nil)
            #expect(reply.status == .forbidden)
            #expect(reply.errorType == "MissingAuthenticationTokenException")
        }
    }

    @Test func unknownAccessKeysAreUnrecognized() async throws {
        try await EmulatorHarness().run { client in
            let stranger = AWSCredentials(accessKeyId: "AKIASTRANGER0000000", secretAccessKey: "x")
            let reply = try await client.call("ListEngagementInvitations", Self.list, credentials: stranger)
            #expect(reply.status == .forbidden)
            #expect(reply.errorType == "UnrecognizedClientException")
        }
    }

    @Test func aWrongSecretIsAnInvalidSignature() async throws {
        try await EmulatorHarness().run { client in
            let wrong = AWSCredentials(
                accessKeyId: EmulatorConfiguration.demoCredentials.accessKeyId, secretAccessKey: "not-the-secret")
            let reply = try await client.call("ListEngagementInvitations", Self.list, credentials: wrong)
            #expect(reply.status == .forbidden)
            #expect(reply.errorType == "InvalidSignatureException")
            #expect(reply.message?.contains("does not match") == true)
        }
    }

    @Test func aRequestMoreThanFifteenMinutesOffTheClockIsRefused() async throws {
        try await EmulatorHarness().run { client in
            let inTime = try await client.call(
                "ListEngagementInvitations", Self.list, signingDate: client.clock.now().addingTimeInterval(-14 * 60))
            #expect(inTime.status == .ok)
            let late = try await client.call(
                "ListEngagementInvitations", Self.list, signingDate: client.clock.now().addingTimeInterval(-16 * 60))
            #expect(late.status == .forbidden)
            #expect(late.errorType == "InvalidSignatureException")
            #expect(late.message?.hasPrefix("Signature expired") == true)
            let early = try await client.call(
                "ListEngagementInvitations", Self.list, signingDate: client.clock.now().addingTimeInterval(16 * 60))
            #expect(early.errorType == "InvalidSignatureException")
        }
    }

    @Test func theScopeMustNameThisService() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call("ListEngagementInvitations", Self.list, service: "partnercentral")
            #expect(reply.status == .forbidden)
            #expect(reply.errorType == "InvalidSignatureException")
        }
    }

    @Test func aTamperedBodyBreaksTheSignature() async throws {
        try await EmulatorHarness().run { client in
            let body = Array(Self.list.utf8)
            let unsigned: [(name: String, value: String)] = [
                ("host", "localhost"), ("Content-Type", "application/x-amz-json-1.0"),
                ("X-Amz-Target", "AWSPartnerCentralSelling.ListEngagementInvitations"),
            ]
            let signed = SigV4Signer(
                credentials: EmulatorConfiguration.demoCredentials, service: "partnercentral-selling",
                region: "us-east-1"
            )
            .signHeaders(
                SigV4Request(method: "POST", path: "/", headers: unsigned, body: body), date: client.clock.now())
            var fields = HTTPFields()
            for header in signed.headers where header.name != "host" {
                fields.append(HTTPField(name: HTTPField.Name(header.name)!, value: header.value))
            }
            let reply = try await client.raw(
                method: .post, path: "/", headers: fields,
                body: Array(#"{"Catalog":"AWS","ParticipantType":"RECEIVER"}"#.utf8))
            #expect(reply.errorType == "InvalidSignatureException")
        }
    }

    @Test func sessionTokensAreCheckedWhenConfigured() async throws {
        let temporary = AWSCredentials(
            accessKeyId: "ASIATEMPORARY000001", secretAccessKey: "temp-secret", sessionToken: "session-token-1")
        try await EmulatorHarness { $0.credentials = [temporary] }.run { client in
            let good = try await client.call("ListEngagementInvitations", Self.list, credentials: temporary)
            #expect(good.status == .ok)
            var withoutToken = temporary
            withoutToken.sessionToken = nil
            let missing = try await client.call("ListEngagementInvitations", Self.list, credentials: withoutToken)
            #expect(missing.errorType == "UnrecognizedClientException")
            var otherToken = temporary
            otherToken.sessionToken = "session-token-2"
            let wrong = try await client.call("ListEngagementInvitations", Self.list, credentials: otherToken)
            #expect(wrong.errorType == "UnrecognizedClientException")
        }
    }

    @Test func expiredTemporaryCredentialsAreExpired() async throws {
        let temporary = AWSCredentials(
            accessKeyId: "ASIATEMPORARY000002", secretAccessKey: "s", sessionToken: "t",
            expiration: testNow.addingTimeInterval(60))
        try await EmulatorHarness { $0.credentials = [temporary] }.run { client in
            #expect(try await client.call("ListEngagementInvitations", Self.list, credentials: temporary).status == .ok)
            await client.clock.advance(61)
            let reply = try await client.call("ListEngagementInvitations", Self.list, credentials: temporary)
            #expect(reply.status == .forbidden)
            #expect(reply.errorType == "ExpiredTokenException")
        }
    }

    @Test func additionalAuthoritiesAreAskedAfterTheConfiguredKeys() async throws {
        struct OneKey: CredentialAuthority {
            func lookup(accessKeyId: String, now: Date) async -> CredentialLookup {
                accessKeyId == "AKIAEXTRA0000000000" ? .known(secretAccessKey: "extra", sessionToken: nil) : .unknown
            }
        }
        try await EmulatorHarness { $0.additionalAuthorities = [OneKey()] }.run { client in
            let extra = AWSCredentials(accessKeyId: "AKIAEXTRA0000000000", secretAccessKey: "extra")
            let viaExtra = try await client.call("ListEngagementInvitations", Self.list, credentials: extra)
            #expect(viaExtra.status == .ok)
            let viaDemo = try await client.call("ListEngagementInvitations", Self.list)
            #expect(viaDemo.status == .ok)
        }
    }

    @Test func parsesAuthorizationHeaders() throws {
        let parsed = try SignatureVerifier.parse(
            "AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/partnercentral-selling/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=abc"
        )
        #expect(parsed.accessKeyId == "AKID")
        #expect(parsed.scope == ["20261126", "us-east-1", "partnercentral-selling", "aws4_request"])
        #expect(parsed.signedHeaders == ["content-type", "host", "x-amz-date"])
        #expect(parsed.signature == "abc")
        #expect(throws: AWSJSONError.self) { try SignatureVerifier.parse("AWS4-HMAC-SHA256 Credential=AKID") }
        #expect(throws: AWSJSONError.self) { try SignatureVerifier.parse("Basic dXNlcjpwYXNz") }
    }
}
