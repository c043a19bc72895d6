import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

/// Failures below HTTP: refused connections, TLS against a plain server, oversized bodies.
@Suite struct ClientFailureTests {
    static let request = ListEngagementInvitationsRequest(catalog: "Sandbox")

    @Test func aRefusedConnectionIsReportedAfterThreeQuickAttemptsNamingTheHostAndWhatToCheck() async throws {
        let refusing = try RefusingPort()
        let refused: (StubHTTPServer) -> String = { _ in "http://127.0.0.1:\(refusing.port)" }
        try await ClientHarness.with([], connectTimeout: 0.5, endpoint: refused) { h in
            do {
                _ = try await h.client.listEngagementInvitations(Self.request)
                Issue.record("expected a connection error")
            } catch let error as PartnerCentralError {
                guard error.code == .transport, error.transportFailure == .cannotConnect(.refused) else {
                    throw error
                }
                let context = error.context
                #expect(context.attempts == 3)
                #expect(error.errorCode == "ConnectionError")
                let message = error.message
                #expect(
                    message.hasPrefix("Could not connect to 127.0.0.1:\(refusing.port) for ListEngagementInvitations"))
                #expect(message.contains("the connection was refused (3 attempts in "), "\(message)")
                #expect(message.contains("--endpoint-url") && message.contains("emulator is running"))
                TransportMessageTests.expectNoLibraryText(message)
            }
            #expect(h.provider.calls == 3)
            // Short waits for a connection that is refused: 0.5 × 0.1 s, then 0.5 × 0.2 s.
            #expect(h.clock.sleeps == [0.05, 0.1])
        }
        withExtendedLifetime(refusing) {}
    }

    @Test func httpsToAPlainServerFailsTheTLSHandshake() async throws {
        let https: (StubHTTPServer) -> String = { "https://127.0.0.1:\($0.port)" }
        try await ClientHarness.with([.ok(), .ok(), .ok()], retryPolicy: .none, endpoint: https) { h in
            do {
                _ = try await h.client.listEngagementInvitations(Self.request)
                Issue.record("expected a TLS error")
            } catch let error as PartnerCentralError {
                guard error.code == .transport, let failure = error.transportFailure else { throw error }
                switch failure.code {
                case .tls, .connection: break  // NIOSSL reports the garbage handshake either way
                default: Issue.record("unexpected \(failure)")
                }
            }
        }
    }

    @Test func cancellingACallStopsItWithoutRetries() async throws {
        try await ClientHarness.with([.after(seconds: 5, .ok()), .ok(), .ok()]) { h in
            let client = h.client
            let call = Task { try await client.listEngagementInvitations(Self.request) }
            try await eventually("the request to arrive") { h.server.requests.count == 1 }
            call.cancel()
            await #expect(throws: CancellationError.self) { try await call.value }
            #expect(h.server.requests.count == 1)
            #expect(h.clock.sleeps.isEmpty)
        }
    }

    @Test func anOversizedBodyIsNotRead() async throws {
        let big = #"{"EngagementInvitationSummaries":[],"Padding":""# + String(repeating: "x", count: 4096) + #""}"#
        try await ClientHarness.with([.ok(big)], maxResponseBytes: 1024) { h in
            do {
                _ = try await h.client.listEngagementInvitations(Self.request)
                Issue.record("expected a too-large error")
            } catch let error as PartnerCentralError {
                guard error.code == .transport, error.transportFailure == .responseTooLarge(limit: 1024) else {
                    throw error
                }
            }
            #expect(h.server.requests.count == 1)
        }
    }
}

@Suite struct SigningKeyCacheTests {
    @Test func derivesOneKeyPerDayRegionServiceAndSecret() {
        let cache = SigningKeyCache(capacity: 4)
        let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "secret")
        let day1 = Date(timeIntervalSince1970: 1_780_000_000)
        let signer = SigV4Signer(
            credentials: credentials,
            service: "partnercentral-selling",
            region: "us-east-1",
            keyCache: cache
        )
        let request = SigV4Request(
            method: "POST",
            path: "/",
            headers: [("Host", "h")],
            payloadHash: SigV4Request.emptyPayloadHash
        )

        let first = signer.signHeaders(request, date: day1)
        _ = signer.signHeaders(request, date: day1.addingTimeInterval(60))
        #expect(cache.derivationCount == 1)
        _ = signer.signHeaders(request, date: day1.addingTimeInterval(86_400))
        #expect(cache.derivationCount == 2)
        let rotated = SigV4Signer(
            credentials: AWSCredentials(accessKeyId: "AKID", secretAccessKey: "other"),
            service: "partnercentral-selling",
            region: "us-east-1",
            keyCache: cache
        )
        let second = rotated.signHeaders(request, date: day1)
        #expect(cache.derivationCount == 3)
        #expect(first.signature != second.signature)
        // A cached key signs exactly like a freshly derived one.
        let fresh = SigV4Signer(
            credentials: credentials,
            service: "partnercentral-selling",
            region: "us-east-1",
            keyCache: SigningKeyCache(capacity: 1)
        )
        #expect(fresh.signHeaders(request, date: day1).signature == first.signature)
    }
}
