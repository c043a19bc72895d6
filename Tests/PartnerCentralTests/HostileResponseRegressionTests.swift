import Foundation
import Testing

@testable import PartnerCentral

/// Responses a hostile or broken server sends, each refused with one clear error and without a crash, a retry storm
/// or an unbounded read. These held in the adversarial pass; they stay as regression tests.
@Suite struct HostileResponseRegressionTests {
    static let request = GetEngagementInvitationRequest(catalog: "Sandbox", identifier: "engi-0000000000001")

    /// Runs one `GetEngagementInvitation` against `replies` and returns its error.
    static func failure(
        _ replies: [StubHTTPServer.Reply], maxResponseBytes: Int = 1024 * 1024
    ) async throws -> (PartnerCentralError?, requests: Int) {
        var caught: PartnerCentralError?
        var requests = 0
        try await ClientHarness.with(replies, retryPolicy: .none, maxResponseBytes: maxResponseBytes) { h in
            do {
                _ = try await h.client.getEngagementInvitation(request)
            } catch let error as PartnerCentralError {
                caught = error
            }
            requests = h.server.requests.count
        }
        return (caught, requests)
    }

    @Test func nestingAHundredThousandDeepIsRefused() async throws {
        let (error, _) = try await Self.failure([.ok(String(repeating: "[", count: 100_000))])
        guard error?.code == .invalidResponse else {
            Issue.record("expected an invalid response, got \(String(describing: error))")
            return
        }
    }

    @Test func invalidUTF8IsRefusedByTheParser() {
        #expect(throws: JSONParser.Failure.self) {
            try JSONParser.parse([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D])
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse([0x22, 0xC3, 0x22]) }
    }

    @Test func aBodyOverTheLimitIsRefusedAsTooLarge() async throws {
        let fifty = #"{"Id":""# + String(repeating: "x", count: 50 << 20) + #""}"#
        let (error, _) = try await Self.failure([.ok(fifty)], maxResponseBytes: 16 << 20)
        guard error?.code == .transport, error?.transportFailure == .responseTooLarge(limit: 16 << 20) else {
            Issue.record("expected a too-large error, got \(String(describing: error))")
            return
        }
    }

    @Test func aRedirectIsNotFollowed() async throws {
        let (error, requests) = try await Self.failure([
            .respond(status: 302, body: "", headers: [("Location", "http://127.0.0.1:9/elsewhere")]), .ok(),
        ])
        #expect(requests == 1)
        #expect(error != nil)
        #expect(error?.message.contains("302") == true, "\(String(describing: error?.message))")
    }

    @Test func aFiveMegabyteErrorMessageIsCutToOneShortLine() async throws {
        let message = String(repeating: "bad input\n", count: 512 * 1024)
        let body =
            #"{"__type":"ValidationException","message":"\#(message.replacingOccurrences(of: "\n", with: "\\n"))"}"#
        let (error, _) = try await Self.failure([.respond(status: 400, body: body)])
        let text = try #require(error?.message)
        #expect(text.utf8.count < 1_000)
        #expect(!text.contains("\n"))
    }
}
