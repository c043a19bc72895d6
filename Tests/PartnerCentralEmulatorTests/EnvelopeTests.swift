import Foundation
import HTTPTypes
import PartnerCentral
import Testing

@testable import PartnerCentralEmulator

@Suite("AWS JSON envelope")
struct EnvelopeTests {
    @Test func everyResponseCarriesADistinctRequestId() async throws {
        try await EmulatorHarness().run { client in
            let ok = try await client.call("ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#)
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

    @Test func anUnknownTargetIsAnUnknownOperation() async throws {
        try await EmulatorHarness().run { client in
            let reply = try await client.call("DeleteEverything", "{}")
            #expect(reply.status == .badRequest)
            #expect(reply.errorType == "UnknownOperationException")
            #expect(reply.headers[HTTPField.Name("X-Amzn-ErrorType")!] == "UnknownOperationException")
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
            #expect(list == [["FieldName": "Identifier", "Code": "REQUIRED_FIELD_MISSING", "Message": "Member 'Identifier' is required."]])
        }
    }

    @Test func latencyDelaysEveryResponse() async throws {
        try await EmulatorHarness { $0.latency = .milliseconds(300) }.run { client in
            let started = ContinuousClock.now
            let reply = try await client.call("ListEngagementInvitations", #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#)
            #expect(reply.status == .ok)
            #expect(ContinuousClock.now - started >= .milliseconds(300))
        }
    }
}
