import Foundation
import Testing

@testable import PartnerCentral

/// A clock the test moves, and a sleep that waits until the test lets it finish (advancing the clock).
final class ManualTime: @unchecked Sendable {
    private let state = SharedValue<(now: Date, sleepers: [(TimeInterval, CheckedContinuation<Void, Error>)])>(
        (Date(timeIntervalSince1970: 1_800_000_000), [])
    )

    var now: Date { state.withLock { $0.now } }
    var pendingDelays: [TimeInterval] { state.withLock { $0.sleepers.map(\.0) } }

    func sleep(_ seconds: TimeInterval) async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                state.withLock { $0.sleepers.append((seconds, continuation)) }
            }
        } onCancel: {
            // Resume every cancelled sleeper's continuation; a cancelled task only ever has one sleep pending.
            let cancelled = state.withLock { value -> [CheckedContinuation<Void, Error>] in
                let all = value.sleepers.map(\.1)
                value.sleepers.removeAll()
                return all
            }
            for continuation in cancelled { continuation.resume(throwing: CancellationError()) }
        }
    }

    /// Moves the clock to the end of the oldest sleep and ends it.
    func releaseOldestSleep() {
        let continuation = state.withLock { value -> CheckedContinuation<Void, Error>? in
            guard !value.sleepers.isEmpty else { return nil }
            let (delay, continuation) = value.sleepers.removeFirst()
            value.now = value.now.addingTimeInterval(delay)
            return continuation
        }
        continuation?.resume()
    }

    func advance(_ seconds: TimeInterval) { state.withLock { $0.now = $0.now.addingTimeInterval(seconds) } }
}

/// Polls `condition` until it holds; fails the test after about thirty seconds (a bound for loaded machines).
func waitUntil(
    _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () async -> Bool
) async {
    for _ in 0..<3000 {
        if await condition() { return }
        try? await Task.sleep(nanoseconds: 10_000_000)
    }
    Issue.record("Timed out waiting for: \(what)", sourceLocation: sourceLocation)
}

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
        let time = ManualTime()
        let fetch = ScriptedFetch([.success(credentials("A", expiring: time.now.addingTimeInterval(3600)))])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: { time.now },
            sleep: { try await time.sleep($0) },
            fetch: { try fetch() }
        )
        #expect(try await provider.credentials().accessKeyId == "A")
        #expect(try await provider.credentials().accessKeyId == "A")
        #expect(fetch.calls == 1)
        await provider.shutdown()
    }

    @Test func concurrentFirstCallersShareOneFetch() async throws {
        let time = ManualTime()
        let fetch = ScriptedFetch([.success(credentials("A", expiring: time.now.addingTimeInterval(3600)))])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: { time.now },
            sleep: { try await time.sleep($0) },
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
        let time = ManualTime()
        let start = time.now
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: start.addingTimeInterval(3600))),
            .success(credentials("B", expiring: start.addingTimeInterval(7200))),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: { time.now },
            sleep: { try await time.sleep($0) },
            fetch: { try fetch() }
        )
        #expect(try await provider.credentials().accessKeyId == "A")
        await waitUntil("the refresh is scheduled") { time.pendingDelays == [2700] }
        time.releaseOldestSleep()
        await waitUntil("the background fetch ran") { await provider.refreshCount == 2 }
        #expect(try await provider.credentials().accessKeyId == "B")
        #expect(fetch.calls == 2)
        await provider.shutdown()
    }

    @Test func failedBackgroundRefreshKeepsOldCredentialsAndRetries() async throws {
        let time = ManualTime()
        let start = time.now
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: start.addingTimeInterval(3600))),
            .failure(STSError.service(code: "Throttling", message: "slow down", httpStatus: 400)),
            .success(credentials("B", expiring: start.addingTimeInterval(7200))),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: { time.now },
            sleep: { try await time.sleep($0) },
            fetch: { try fetch() }
        )
        _ = try await provider.credentials()
        await waitUntil("the refresh is scheduled") { time.pendingDelays == [2700] }
        time.releaseOldestSleep()
        await waitUntil("the retry is scheduled after the failure") { time.pendingDelays == [60] }
        #expect(await provider.lastRefreshError != nil)
        // The caller is not blocked and gets the old, still valid credentials.
        #expect(try await provider.credentials().accessKeyId == "A")
        #expect(fetch.calls == 2)
        time.releaseOldestSleep()
        await waitUntil("the retry succeeded") { await provider.refreshCount == 2 }
        #expect(try await provider.credentials().accessKeyId == "B")
        #expect(await provider.lastRefreshError == nil)
        await provider.shutdown()
    }

    @Test func expiredCredentialsAndAFailingFetchThrow() async throws {
        let time = ManualTime()
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: time.now.addingTimeInterval(120))),
            .failure(STSError.service(code: "AccessDenied", message: "no", httpStatus: 403)),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: { time.now },
            sleep: { _ in throw CancellationError() },
            fetch: { try fetch() }
        )
        _ = try await provider.credentials()
        time.advance(200)
        await #expect(throws: STSError.service(code: "AccessDenied", message: "no", httpStatus: 403)) {
            try await provider.credentials()
        }
    }

    @Test func callerWaitsForARefreshWhenLessThanTheMinimumValidityIsLeft() async throws {
        let time = ManualTime()
        let fetch = ScriptedFetch([
            .success(credentials("A", expiring: time.now.addingTimeInterval(3600))),
            .success(credentials("B", expiring: time.now.addingTimeInterval(7200))),
        ])
        let provider = RefreshingCredentialProvider(
            name: "test",
            now: { time.now },
            sleep: { _ in throw CancellationError() },
            fetch: { try fetch() }
        )
        _ = try await provider.credentials()
        time.advance(3600 - 30)
        #expect(try await provider.credentials().accessKeyId == "B")
    }
}
