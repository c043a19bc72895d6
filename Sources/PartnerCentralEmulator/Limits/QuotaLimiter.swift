import Foundation
import PartnerCentral

/// The documented request quotas, one set per partner account (the emulator serves one): reads 10/s (burst 10) and
/// 100,000 per rolling 24 hours; writes 1/s (burst 1) and 10,000 per rolling 24 hours.
final class QuotaLimiter: @unchecked Sendable {
    /// The rolling window of the daily quotas.
    static let day: TimeInterval = 86_400

    private let lock = NSLock()
    private var reads = TokenBucket(rate: 10, burst: 10)
    private var writes = TokenBucket(rate: 1, burst: 1)
    private var dailyReads: RollingWindowCounter
    private var dailyWrites: RollingWindowCounter

    /// Creates the limiter; the daily limits are parameters so tests can reach them without 100,000 requests.
    init(dailyReads: Int = 100_000, dailyWrites: Int = 10_000) {
        self.dailyReads = RollingWindowCounter(limit: dailyReads, window: Self.day)
        self.dailyWrites = RollingWindowCounter(limit: dailyWrites, window: Self.day)
    }

    /// Whether the operation may run at `now`; takes a token and counts it against the day when it may. A throttled
    /// request counts against neither.
    func admit(_ operation: PartnerCentral.Operation, now: Date) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if operation.isReadOnly {
            guard dailyReads.hasRoom(now: now), reads.take(now: now) else { return false }
            dailyReads.record(now: now)
        } else {
            guard dailyWrites.hasRoom(now: now), writes.take(now: now) else { return false }
            dailyWrites.record(now: now)
        }
        return true
    }
}
