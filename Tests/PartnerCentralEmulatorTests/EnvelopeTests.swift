import Crypto
import Foundation
import HTTPTypes
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("AWS JSON envelope")
struct EnvelopeTests {
    @Test func everyResponseCarriesADistinctRequestId() async throws {
        try await EmulatorHarness().run { client in
            let ok = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#)
            let validation = try await client.call("ListEngagementInvitations", "{}")
            let auth = try await client.call("ListEngagementInvitations", "{}", credentials: nil)
            let unknownTarget = try await client.call("DeleteEverything", "{}")
            let wrongPath = try await client.raw(method: .get, path: "/health", headers: [:], body: [])
            let replies = [ok, validation, auth, unknownTarget, wrongPath]
            let ids = replies.compactMap(\.requestId)
            #expect(ids.count == replies.count)
            #expect(Set(ids).count == ids.count)
            for reply in replies {
                #expect(reply.headers[.contentType] == "application/x-amz-json-1.0")
            }
            #expect(wrongPath.status == .notFound)
        }
    }

    @Test func aBodyOverOneMebibyteIsRefusedWithA413SerializationException() async throws {
        try await EmulatorHarness().run { client in
            let padding = String(repeating: "x", count: (1 << 20) + 1)
            let reply = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","X":"\#(padding)"}"#)
            #expect(reply.status == .contentTooLarge)
            #expect(reply.errorType == "SerializationException")
            #expect(reply.requestId != nil)
        }
    }

    @Test func requestIdsRevealNothingOfTheKeyThatSignsPageTokens() async throws {
        let secret = (0..<32).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let tokenKey = Array(
            HMAC<SHA256>.authenticationCode(for: Array("page-token".utf8), using: SymmetricKey(data: secret)))
        try await EmulatorHarness(seed: TestSeeds.generated(count: 3)) { $0.secretKey = secret }.run { client in
            let reply = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":1}"#)
            let token = try #require(try reply.decode(ListEngagementInvitationsResponse.self).nextToken)
            let parts = token.split(separator: ".")
            let json = try #require(PageToken.unbase64url(parts[0]))
            let mac = try #require(PageToken.unbase64url(parts[1]))
            // The token is signed with a key derived for tokens alone, not with the configured secret itself.
            #expect(
                HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: json, using: SymmetricKey(data: tokenKey)))
            #expect(
                !HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: json, using: SymmetricKey(data: secret)))

            let requestId = try #require(reply.requestId).replacingOccurrences(of: "-", with: "")
            for key in [secret, tokenKey] {
                for start in 0...(key.count - 3) {
                    let run = key[start..<start + 3].map { String(format: "%02x", $0) }.joined()
                    #expect(!requestId.contains(run), "request id \(requestId) shows key bytes at \(start)")
                }
            }
        }
    }

    @Test func anUnknownTargetIsAnUnknownOperation() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call("DeleteEverything", "{}")
            #expect(reply.status == .badRequest)
            #expect(reply.errorType == "UnknownOperationException")
            #expect(reply.headers[HTTPField.Name("X-Amzn-ErrorType")!] == "UnknownOperationException")
        }
    }

    /// Smithy's awsJson server protocol test `MustSupportParametersInContentType`: parameters after the media type
    /// (`; charset=utf-8`) are ignored.
    @Test func contentTypeParametersAreAccepted() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":1}"#,
                contentType: "application/x-amz-json-1.0; charset=utf-8")
            #expect(reply.status == .ok, "\(reply.text)")
        }
    }

    @Test func errorBodiesHaveTypeAndMessageAndValidationDetails() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call("GetEngagementInvitation", #"{"Catalog":"Sandbox"}"#)
            let json = reply.json
            #expect(json["__type"] as? String == "ValidationException")
            #expect((json["message"] as? String)?.isEmpty == false)
            #expect(json["Reason"] as? String == "REQUEST_VALIDATION_FAILED")
            let list = try #require(json["ErrorList"] as? [[String: String]])
            #expect(
                list == [
                    [
                        "FieldName": "Identifier", "Code": "REQUIRED_FIELD_MISSING",
                        "Message": "Member 'Identifier' is required.",
                    ]
                ])
        }
    }

    @Test func latencyDelaysEveryResponse() async throws {
        try await EmulatorHarness { $0.latency = .milliseconds(300) }.run { client in
            let started = ContinuousClock.now
            let reply = try await client.call(
                "ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#)
            #expect(reply.status == .ok)
            #expect(ContinuousClock.now - started >= .milliseconds(300))
        }
    }
}
