import AsyncHTTPClient
import Foundation
import Logging
import Testing

@testable import PartnerCentral

/// Credentials are input: a line break in one is refused before anything is signed or sent, and no message, log
/// line or error ever holds a credential or a header value.
@Suite struct CredentialInputTests {
    static let base = ClientHarness.credentials

    static let hostile: [(name: String, credentials: AWSCredentials, part: String)] = [
        (
            "token with CRLF",
            AWSCredentials(
                accessKeyId: base.accessKeyId, secretAccessKey: base.secretAccessKey,
                sessionToken: base.sessionToken! + "\r\n"), "session token"
        ),
        (
            "access key id with a newline",
            AWSCredentials(
                accessKeyId: base.accessKeyId + "\n", secretAccessKey: base.secretAccessKey,
                sessionToken: base.sessionToken), "access key id"
        ),
        (
            "secret with a CR",
            AWSCredentials(
                accessKeyId: base.accessKeyId, secretAccessKey: base.secretAccessKey + "\r",
                sessionToken: base.sessionToken), "secret access key"
        ),
    ]

    @Test(arguments: 0..<hostile.count)
    func aCredentialWithALineBreakIsRefusedBeforeSendingAndNotRetried(_ index: Int) async throws {
        let (_, credentials, part) = Self.hostile[index]
        let entries = LogCapture()
        var logger = Logger(label: "test") { _ in entries.handler() }
        logger.logLevel = .trace
        try await ClientHarness.with([.ok(), .ok(), .ok()], logger: logger, debug: true, credentials: credentials) {
            h in
            do {
                _ = try await h.client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
                Issue.record("expected a credentials error")
            } catch let error as PartnerCentralError {
                guard error.code == .credentials else { throw error }
                #expect(error.message.contains("The \(part) from"))
                #expect(error.message.contains("nothing was sent"))
                for secret in [Self.base.secretAccessKey, Self.base.sessionToken!, "Signature="] {
                    #expect(!error.message.contains(secret))
                    #expect(!entries.text.contains(secret))
                }
            }
            #expect(h.server.requests.isEmpty)
            #expect(h.provider.calls == 1)
        }
    }

    @Test func environmentKeysWithANewlineNameTheEnvironment() async throws {
        let provider = try #require(
            try CredentialChain.environmentCredentials([
                "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret\n",
            ]))
        await #expect(
            throws: CredentialsError.malformedCredential(credential: "secret access key", source: "environment")
        ) {
            _ = try await provider.credentials()
        }
    }

    @Test(arguments: ["stub-token-do-not-print ", " stub-token-do-not-print", "stub-token  do-not-print"])
    func aTokenWithStraySpacesIsRedactedInItsSignedFormToo(_ token: String) async throws {
        let entries = LogCapture()
        var logger = Logger(label: "test") { _ in entries.handler() }
        logger.logLevel = .debug
        let credentials = AWSCredentials(
            accessKeyId: Self.base.accessKeyId, secretAccessKey: Self.base.secretAccessKey, sessionToken: token)
        try await ClientHarness.with([.ok()], logger: logger, debug: true, credentials: credentials) { h in
            _ = try await h.client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
            let text = entries.text
            #expect(text.contains("x-amz-security-token:<redacted>"))
            #expect(!text.contains(SigV4Signer.canonicalHeaderValue(token)))
            #expect(!text.contains(token))
            #expect(!text.contains("do-not-print"))
        }
    }

    @Test func anHTTPClientHeaderErrorIsDescribedWithoutTheValue() {
        let error = HTTPClientError.invalidHeaderFieldValues(["AWS4-HMAC-SHA256 Credential=x, Signature=abc\r\n"])
        #expect(HTTPErrorText.isInvalidHeader(error))
        #expect(!HTTPErrorText.safe(error).contains("Signature"))
    }
}
