import Clocks
import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

/// A fetch whose results the test scripts: each call takes the next result.
final class ScriptedFetch: @unchecked Sendable {
    private let state = SharedValue<(calls: Int, results: [Result<AWSCredentials, Error>])>((0, []))
    init(_ results: [Result<AWSCredentials, Error>]) { state.withLock { $0.results = results } }
    var calls: Int { state.withLock { $0.calls } }
    func callAsFunction() throws -> AWSCredentials {
        try state.withLock { value in
            value.calls += 1
            guard !value.results.isEmpty else { throw STSError.malformedResponse("script exhausted") }
            return try value.results.removeFirst().get()
        }
    }
}

@Suite struct CredentialRefreshTests {
    func credentials(_ key: String, expiring: Date) -> AWSCredentials {
        AWSCredentials(accessKeyId: key, secretAccessKey: "s-\(key)", sessionToken: "t-\(key)", expiration: expiring)
    }

    @Test func windowsScheduleTheFirstAttemptAtTheAdvisoryPoint() {
        let windows = RefreshingCredentialsWindows.standard
        let now = Date(timeIntervalSince1970: 0)
        #expect(
            windows.delayBeforeRefresh(expiration: now.addingTimeInterval(3600), now: now, afterFailure: false) == 2700
        )
        // Credentials shorter-lived than the window are refreshed at half-life, never in a tight loop.
        #expect(
            windows.delayBeforeRefresh(expiration: now.addingTimeInterval(600), now: now, afterFailure: false) == 300
        )
        // After a failure in the advisory window, retry after the pause but not past the mandatory point.
        #expect(windows.delayBeforeRefresh(expiration: now.addingTimeInterval(880), now: now, afterFailure: true) == 60)
        #expect(windows.delayBeforeRefresh(expiration: now.addingTimeInterval(630), now: now, afterFailure: true) == 30)
        // Inside the mandatory window retries come faster.
        #expect(windows.delayBeforeRefresh(expiration: now.addingTimeInterval(500), now: now, afterFailure: true) == 10)
    }

    @Test func firstCallFetchesAndLaterCallsUseTheCache() async throws {
        let time = TestTime()
        let fetch = ScriptedFetch([.success(credentials("A", expiring: time.now().addingTimeInterval(3600)))])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: time.now,
            clock: time.clock,
            fetch: { try fetch() }
        )
        #expect(try await provider.credentials().accessKeyId == "A")
        #expect(try await provider.credentials().accessKeyId == "A")
        #expect(fetch.calls == 1)
        await provider.shutdown()
    }

    @Test func concurrentFirstCallersShareOneFetch() async throws {
        let time = TestTime()
        let fetch = ScriptedFetch([.success(credentials("A", expiring: time.now().addingTimeInterval(3600)))])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: time.now,
            clock: time.clock,
            fetch: {
                await Task.yield()
                return try fetch()
            }
        )
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { try await provider.credentials().accessKeyId } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(keys == Array(repeating: "A", count: 8))
        #expect(fetch.calls == 1)
        await provider.shutdown()
    }

    @Test func backgroundRefreshReplacesCredentialsFifteenMinutesBeforeExpiry() async throws {
        let time = TestTime()
        let start = time.now()
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: start.addingTimeInterval(3600))),
            .success(credentials("B", expiring: start.addingTimeInterval(7200))),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: time.now,
            clock: time.clock,
            fetch: { try fetch() }
        )
        #expect(try await provider.credentials().accessKeyId == "A")
        await waitUntil("the refresh is scheduled") { await time.clock.hasSleepers }
        // Fifteen minutes before the expiry, not a second earlier.
        await time.advance(2699)
        #expect(fetch.calls == 1)
        await time.advance(1)
        await waitUntil("the background fetch ran") { await provider.refreshCount == 2 }
        #expect(try await provider.credentials().accessKeyId == "B")
        #expect(fetch.calls == 2)
        await provider.shutdown()
    }

    @Test func failedBackgroundRefreshKeepsOldCredentialsAndRetries() async throws {
        let time = TestTime()
        let start = time.now()
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: start.addingTimeInterval(3600))),
            .failure(STSError.service(code: "Throttling", message: "slow down", httpStatus: 400)),
            .success(credentials("B", expiring: start.addingTimeInterval(7200))),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: time.now,
            clock: time.clock,
            fetch: { try fetch() }
        )
        _ = try await provider.credentials()
        await waitUntil("the refresh is scheduled") { await time.clock.hasSleepers }
        await time.advance(2700)
        await waitUntil("the background fetch failed") { await provider.lastRefreshError != nil }
        await waitUntil("the retry is scheduled after the failure") { await time.clock.hasSleepers }
        #expect(await provider.lastRefreshError != nil)
        // The caller is not blocked and gets the old, still valid credentials.
        #expect(try await provider.credentials().accessKeyId == "A")
        #expect(fetch.calls == 2)
        // The retry comes a minute after the failure.
        await time.advance(59)
        #expect(fetch.calls == 2)
        await time.advance(1)
        await waitUntil("the retry succeeded") { await provider.refreshCount == 2 }
        #expect(try await provider.credentials().accessKeyId == "B")
        #expect(await provider.lastRefreshError == nil)
        await provider.shutdown()
    }

    @Test func expiredCredentialsAndAFailingFetchThrow() async throws {
        let time = TestTime()
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: time.now().addingTimeInterval(120))),
            .failure(STSError.service(code: "AccessDenied", message: "no", httpStatus: 403)),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: time.now,
            clock: TestClock<Duration>(),  // nobody moves it: no background refresh
            fetch: { try fetch() }
        )
        _ = try await provider.credentials()
        await time.advance(200)
        await #expect(throws: STSError.service(code: "AccessDenied", message: "no", httpStatus: 403)) {
            try await provider.credentials()
        }
    }

    @Test func callerWaitsForARefreshWhenLessThanTheMinimumValidityIsLeft() async throws {
        let time = TestTime()
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: time.now().addingTimeInterval(3600))),
            .success(credentials("B", expiring: time.now().addingTimeInterval(7200))),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: time.now,
            clock: TestClock<Duration>(),  // nobody moves it: no background refresh
            fetch: { try fetch() }
        )
        _ = try await provider.credentials()
        await time.advance(3600 - 30)
        #expect(try await provider.credentials().accessKeyId == "B")
    }
}
