import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

/// A server that accepts and never answers, over real loopback sockets: the attempts really made, the time they
/// really took, and the progress reported while they wait.
@Suite struct ClientWaitingTests {
    static let request = ListEngagementInvitationsRequest(catalog: "Sandbox")

    @Test func aSilentServerIsReportedAfterTheAttemptsMadeWithTheTrueTotalTime() async throws {
        let silent = try SilentListener()
        let silentEndpoint: (StubHTTPServer) -> String = { _ in "http://127.0.0.1:\(silent.port)" }
        try await ClientHarness.with([], attemptTimeout: 0.3, endpoint: silentEndpoint, followsRealTime: true) { h in
            do {
                _ = try await h.client.listEngagementInvitations(Self.request)
                Issue.record("expected no answer")
            } catch let error as PartnerCentralError {
                guard error.code == .transport, error.transportFailure == .timeout(seconds: 0.3) else {
                    throw error
                }
                let context = error.context
                #expect(context.attempts == 3)
                // Three attempts of 0.3 s each were really waited for (the harness's retry sleeps are instant).
                let elapsed = try #require(context.elapsed)
                #expect(elapsed >= 0.9, "\(elapsed)")
                let message = error.message
                #expect(
                    message.hasPrefix(
                        "No answer from 127.0.0.1:\(silent.port) to ListEngagementInvitations (Sandbox) after 3 attempts in "
                    ),
                    "\(message)")
                #expect(message.contains("(each attempt waits 0.3 s: --attempt-timeout)"), "\(message)")
                #expect(!message.contains("timed out after"))
                TransportMessageTests.expectNoLibraryText(message)
            }
            #expect(h.provider.calls == 3)
        }
        withExtendedLifetime(silent) {}
    }

    @Test func whileItWaitsTheClientReportsEachAttemptAndTheWaitThenTheEnd() async throws {
        let silent = try SilentListener()
        let reports = SharedValue<[CallProgress]>([])
        let observer = CallProgressObserver(firstNotice: 0.2, interval: 10) { progress in
            reports.withLock { $0.append(progress) }
        }
        let silentEndpoint: (StubHTTPServer) -> String = { _ in "http://127.0.0.1:\(silent.port)" }
        try await ClientHarness.with(
            [], retryPolicy: RetryPolicy(maxAttempts: 2), attemptTimeout: 0.6,
            endpoint: silentEndpoint, followsRealTime: true,
            realSleeps: true, progress: observer
        ) { h in
            await #expect(throws: PartnerCentralError.self) {
                _ = try await h.client.listEngagementInvitations(Self.request)
            }
        }
        let seen = reports.withLock { $0 }
        let events = seen.map { progress -> String in
            switch progress.event {
            case .attemptStarted: "started \(progress.attempt)"
            case .stillWaiting: "waiting \(progress.attempt)"
            case .finished: "finished"
            }
        }
        // A loaded machine may stretch an attempt past the repeat interval: a second notice is fine, its order is not.
        let distinct = events.enumerated().filter { $0.offset == 0 || events[$0.offset - 1] != $0.element }.map(
            \.element)
        #expect(distinct == ["started 1", "waiting 1", "started 2", "waiting 2", "finished"], "\(events)")
        #expect(Set(seen.map(\.call)).count == 1)
        let host = "127.0.0.1:\(silent.port)"
        let messages = seen.compactMap(\.message)
        #expect(messages.count >= 3, "\(messages)")
        #expect(messages.first?.hasPrefix("no answer from \(host) yet (") == true, "\(messages)")
        #expect(messages.first?.hasSuffix("), attempt 1 of 2…") == true, "\(messages)")
        #expect(messages.contains("trying \(host) again, attempt 2 of 2…"), "\(messages)")
        #expect(messages.last?.hasSuffix("), attempt 2 of 2…") == true, "\(messages)")
        withExtendedLifetime(silent) {}
    }

    @Test func aQuickAnswerReportsNoWaiting() async throws {
        let reports = SharedValue<[CallProgress]>([])
        // The stub answers at once; the notice threshold is far beyond what even a loaded machine takes.
        let observer = CallProgressObserver(firstNotice: 60, interval: 60) { progress in
            reports.withLock { $0.append(progress) }
        }
        try await ClientHarness.with(
            [.ok(#"{"EngagementInvitationSummaries":[]}"#)], realSleeps: true, progress: observer
        ) { h in
            _ = try await h.client.listEngagementInvitations(Self.request)
        }
        #expect(reports.withLock { $0 }.map(\.event) == [.attemptStarted, .finished])
    }
}
