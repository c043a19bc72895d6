/// Spaces calls to the service's documented quotas (reads 10/s, writes 1/s per account), so bulk work does not
/// trip throttling; shared by every call of one client.
///
/// Waiting calls are served by priority, then in arrival order: an ``Priority/interactive`` call (the user is
/// looking at the screen) goes before ``Priority/background`` work (prefetching, bulk runs) that waits for the
/// same budget.
public actor RequestPacer {
    /// Who is waiting for the call.
    public enum Priority: Int, Sendable, Hashable, Comparable {
        /// A person is waiting for the answer.
        case interactive = 0
        /// Bulk or prefetch work.
        case background = 1

        public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Requests per second for each kind of call.
    public struct Quotas: Sendable, Hashable {
        /// Read calls per second.
        public var readsPerSecond: Double
        /// Write calls per second.
        public var writesPerSecond: Double
        /// Read calls that may go at once after a quiet second (at least one).
        public var readBurst: Double
        /// Write calls that may go at once after a quiet second (at least one).
        public var writeBurst: Double

        /// Creates quotas; a burst defaults to one second's worth of calls.
        public init(
            readsPerSecond: Double, writesPerSecond: Double, readBurst: Double? = nil, writeBurst: Double? = nil
        ) {
            self.readsPerSecond = readsPerSecond
            self.writesPerSecond = writesPerSecond
            self.readBurst = max(1, readBurst ?? readsPerSecond)
            self.writeBurst = max(1, writeBurst ?? writesPerSecond)
        }

        /// The documented Partner Central quotas.
        public static let partnerCentral = Quotas(readsPerSecond: 10, writesPerSecond: 1)

        /// What the client paces to by default: a tenth under the documented rates, because the service counts
        /// arrivals, and network jitter can bring two calls granted exactly one interval apart closer than that. The
        /// bursts are the service's own (10 reads, 1 write): a full bucket there takes them at once, and the lower
        /// rate keeps the headroom after them, so a 20-page list is not held to 9 pages a second from its start.
        public static let partnerCentralWithHeadroom = Quotas(
            readsPerSecond: 9, writesPerSecond: 0.9, readBurst: 10, writeBurst: 1)
    }

    private struct Waiter {
        let id: Int
        let isRead: Bool
        /// `false` for ``waitForBudget(readOnly:priority:)``: resumed when a token is there, without taking it.
        let takesToken: Bool
        let priority: Priority
        let continuation: CheckedContinuation<Void, Error>
    }

    private let clock: any Clock<Duration>
    /// Seconds since the pacer was made, on ``clock``: the buckets' time line.
    private let elapsed: @Sendable () -> Duration
    private var reads: TokenBucket
    private var writes: TokenBucket
    private var waiters: [Waiter] = []
    private var nextId = 0
    private var cancelledBeforeWaiting: Set<Int> = []
    private var timerRunning = false

    /// Creates a pacer; each bucket starts full, allowing its burst of calls at once.
    package init(quotas: Quotas = .partnerCentral, clock: any Clock<Duration>) {
        self.clock = clock
        elapsed = clock.stopwatch()
        reads = TokenBucket(rate: quotas.readsPerSecond, capacity: quotas.readBurst)
        writes = TokenBucket(rate: quotas.writesPerSecond, capacity: quotas.writeBurst)
    }

    /// How many calls are waiting; for tests and status lines.
    package var waitingCount: Int { waiters.count }

    /// Returns when the call may be sent.
    ///
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    package func acquire(readOnly: Bool, priority: Priority = .interactive) async throws {
        try await wait(readOnly: readOnly, takesToken: true, priority: priority)
    }

    /// Returns when a call could be sent, without taking the budget: a caller that may still change its mind (a
    /// bulk run the user can stop) waits here, where cancelling is harmless, and then makes the call, which
    /// normally goes out at once.
    ///
    /// - Throws: `CancellationError` when the task is cancelled while waiting.
    package func waitForBudget(readOnly: Bool, priority: Priority = .interactive) async throws {
        try await wait(readOnly: readOnly, takesToken: false, priority: priority)
    }

    private func wait(readOnly: Bool, takesToken: Bool, priority: Priority) async throws {
        try Task.checkCancellation()
        let ahead = waiters.contains { $0.isRead == readOnly }
        if !ahead, takesToken ? take(readOnly: readOnly) : hasToken(readOnly: readOnly) { return }
        nextId += 1
        let id = nextId
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, Error>) in
                if cancelledBeforeWaiting.remove(id) != nil {
                    continuation.resume(throwing: CancellationError())
                    return
                }
                waiters.append(
                    Waiter(
                        id: id, isRead: readOnly, takesToken: takesToken, priority: priority,
                        continuation: continuation))
                pump()
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    /// Tells the pacer a write's response has arrived: the next write's interval counts from now, not from when this
    /// one was granted, so a slow connection or a slow credential fetch never brings two writes closer together at
    /// the service than the quota allows.
    package func writeFinished() {
        writes.restartRefill(now: elapsed().seconds)
    }

    private func hasToken(readOnly: Bool) -> Bool {
        let now = elapsed().seconds
        return (readOnly ? reads.timeUntilToken(now: now) : writes.timeUntilToken(now: now)) == 0
    }

    private func take(readOnly: Bool) -> Bool {
        let now = elapsed().seconds
        return readOnly ? reads.take(now: now) : writes.take(now: now)
    }

    private func cancel(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else {
            cancelledBeforeWaiting.insert(id)
            return
        }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }

    /// Grants tokens to waiters (interactive first, then arrival order) and schedules the next look.
    private func pump() {
        for isRead in [true, false] {
            while let index = nextWaiter(isRead: isRead),
                waiters[index].takesToken ? take(readOnly: isRead) : hasToken(readOnly: isRead)
            {
                waiters.remove(at: index).continuation.resume()
            }
        }
        guard !waiters.isEmpty, !timerRunning else { return }
        let now = elapsed().seconds
        var delay = Double.infinity
        if waiters.contains(where: { $0.isRead }) { delay = min(delay, reads.timeUntilToken(now: now)) }
        if waiters.contains(where: { !$0.isRead }) { delay = min(delay, writes.timeUntilToken(now: now)) }
        timerRunning = true
        let clock = self.clock
        Task {
            try? await clock.sleep(for: .seconds(clamping: delay))
            self.timerFired()
        }
    }

    private func timerFired() {
        timerRunning = false
        pump()
    }

    private func nextWaiter(isRead: Bool) -> Int? {
        var best: Int?
        for (index, waiter) in waiters.enumerated() where waiter.isRead == isRead {
            if let current = best, waiters[current].priority <= waiter.priority { continue }
            best = index
        }
        return best
    }
}
