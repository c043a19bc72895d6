import Foundation

/// Temporary credentials that refresh themselves in the background before they expire.
///
/// Wraps a fetch (STS `AssumeRole`, SSO `GetRoleCredentials`, …). The first call waits for the fetch; later calls
/// return the cached credentials at once while a background task replaces them ahead of the expiry (see
/// ``RefreshingCredentialsWindows``). A failed background refresh is retried and never surfaces to callers while the
/// old credentials are still valid; callers wait only when none are usable.
///
/// A provider whose fetch asks a person (an MFA code) is created with `refreshesInBackground: false`: nobody asked for
/// a dialog 15 minutes before expiry, and a cancelled prompt must not come back every minute (botocore refuses to
/// refresh MFA role credentials at all). It fetches again only when a request finds less than
/// ``RefreshingCredentialsWindows/minimumValidity`` left, so the prompt comes while the user is acting.
///
/// ```swift
/// let provider = RefreshingCredentialProvider(name: "assume-role ops", now: { Date() }, clock: ContinuousClock()) {
///     try await stsClient.assumeRole(...)
/// }
/// let credentials = try await provider.credentials()
/// ```
public actor RefreshingCredentialProvider: CredentialProvider {
    /// What the provider fetches for, for diagnostics (`assume-role profile ops`); never a secret.
    public nonisolated let name: String
    /// The identity these credentials stand for, when known (the UI header shows it).
    public nonisolated let summary: IdentitySummary?
    /// Whether credentials are renewed ahead of expiry by a background task; `false` for fetches that prompt.
    public nonisolated let refreshesInBackground: Bool
    private let windows: RefreshingCredentialsWindows
    private let now: @Sendable () -> Date
    private let clock: any Clock<Duration>
    private let fetch: @Sendable () async throws -> AWSCredentials

    private var current: AWSCredentials?
    private var inFlight: (id: Int, task: Task<AWSCredentials, Error>)?
    private var nextTaskId = 0
    private var scheduler: Task<Void, Never>?
    /// When the scheduled background attempt should run; a sleeping machine can make the sleep overshoot it.
    private var plannedRefresh: Date?
    private var isShutDown = false
    /// The last background failure, kept for diagnostics (`--debug`, the UI's status line).
    public private(set) var lastRefreshError: (any Error)?
    /// How many fetches succeeded; tests watch this to see a background refresh happen.
    public private(set) var refreshCount = 0
    /// Whether a background refresh is planned; always `false` when ``refreshesInBackground`` is.
    public var isBackgroundRefreshScheduled: Bool { scheduler != nil }

    /// Creates a provider around a fetch.
    ///
    /// - Parameters:
    ///   - name: a description for logs and errors.
    ///   - summary: the identity the credentials stand for.
    ///   - windows: when to refresh; ``RefreshingCredentialsWindows/standard`` unless testing.
    ///   - now: the wall clock, which expiry times are compared with.
    ///   - clock: the background task sleeps on it until the refresh is due; a `TestClock` in tests.
    ///   - refreshesInBackground: `false` when a fetch asks a person (MFA): then only requests trigger a fetch.
    ///   - fetch: returns fresh credentials with an expiration (without one they are never refreshed).
    public init(
        name: String,
        summary: IdentitySummary? = nil,
        windows: RefreshingCredentialsWindows = .standard,
        refreshesInBackground: Bool = true,
        now: @escaping @Sendable () -> Date,
        clock: any Clock<Duration> = ContinuousClock(),
        fetch: @escaping @Sendable () async throws -> AWSCredentials
    ) {
        self.name = name
        self.summary = summary
        self.refreshesInBackground = refreshesInBackground
        self.windows = windows
        self.now = now
        self.clock = clock
        self.fetch = fetch
    }

    public nonisolated var description: String { "RefreshingCredentialProvider(\(name))" }

    /// Returns usable credentials, waiting only when there are none with at least the minimum validity left.
    public func credentials() async throws -> AWSCredentials {
        let instant = now()
        if let current, !current.expires(within: windows.minimumValidity, of: instant) {
            // Normally the scheduled task refreshes in time; this catches a sleep that overshot (a suspended laptop).
            if refreshesInBackground, current.expires(within: windows.advisory, of: instant), inFlight == nil,
                plannedRefresh.map({ $0 > instant.addingTimeInterval(windows.retryDelay) }) ?? true
            {
                scheduleRefresh(after: 0)
            }
            return current
        }
        do {
            return try await refresh()
        } catch {
            // The refresh failed but the old credentials still work for a moment: better than failing the request.
            if let current, !current.expires(within: 0, of: now()) { return current }
            throw error
        }
    }

    /// Stops the background refresh; later calls still fetch on demand.
    public func shutdown() {
        isShutDown = true
        scheduler?.cancel()
        scheduler = nil
        plannedRefresh = nil
    }

    // MARK: - Fetching

    /// Joins the fetch in flight or starts one.
    private func refresh() async throws -> AWSCredentials {
        if let inFlight { return try await inFlight.task.value }
        nextTaskId += 1
        let id = nextTaskId
        let fetch = self.fetch
        let task = Task<AWSCredentials, Error> { try await fetch() }
        inFlight = (id, task)
        do {
            let fresh = try await task.value
            finish(id: id, with: fresh)
            return fresh
        } catch {
            finish(id: id, with: nil)
            throw error
        }
    }

    private func finish(id: Int, with fresh: AWSCredentials?) {
        guard inFlight?.id == id else { return }
        inFlight = nil
        guard let fresh else { return }
        current = fresh
        refreshCount += 1
        lastRefreshError = nil
        if refreshesInBackground, let expiration = fresh.expiration {
            scheduleRefresh(after: windows.delayBeforeRefresh(expiration: expiration, now: now(), afterFailure: false))
        }
    }

    // MARK: - Background refresh

    private func scheduleRefresh(after delay: TimeInterval) {
        guard !isShutDown else { return }
        scheduler?.cancel()
        plannedRefresh = now().addingTimeInterval(delay)
        let clock = self.clock
        scheduler = Task { [weak self] in
            do { try await clock.sleep(for: .seconds(clamping: delay)) } catch { return }
            await self?.backgroundAttempt()
        }
    }

    private func backgroundAttempt() async {
        guard !Task.isCancelled, !isShutDown else { return }
        scheduler = nil
        plannedRefresh = nil
        do {
            _ = try await refresh()
        } catch {
            lastRefreshError = error
            guard scheduler == nil, let expiration = current?.expiration else { return }
            scheduleRefresh(after: windows.delayBeforeRefresh(expiration: expiration, now: now(), afterFailure: true))
        }
    }
}
