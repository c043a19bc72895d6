import Foundation
import PartnerCentral
import Synchronization

/// The documented request quotas, one set per partner account (the emulator serves one): reads 10/s (burst 10) and
/// 100,000 per rolling 24 hours; writes 1/s (burst 1) and 10,000 per rolling 24 hours.
final class QuotaLimiter: Sendable {
    /// The rolling window of the daily quotas.
    static let day: TimeInterval = 86_400

    private struct Counters {
        var reads = ServiceQuotaBucket(rate: 10, burst: 10)
        var writes = ServiceQuotaBucket(rate: 1, burst: 1)
        var dailyReads: RollingWindowCounter
        var dailyWrites: RollingWindowCounter
    }

    private let counters: Mutex<Counters>

    /// Creates the limiter; the daily limits are parameters so tests can reach them without 100,000 requests.
    init(dailyReads: Int = 100_000, dailyWrites: Int = 10_000) {
        counters = Mutex(
            Counters(
                dailyReads: RollingWindowCounter(limit: dailyReads, window: Self.day),
                dailyWrites: RollingWindowCounter(limit: dailyWrites, window: Self.day)))
    }

    /// Whether the operation may run at `now`; takes a token and counts it against the day when it may. A throttled
    /// request counts against neither.
    func admit(_ operation: PartnerCentral.Operation, now: Date) -> Bool {
        counters.withLock { counters in
            if operation.isReadOnly {
                guard counters.dailyReads.hasRoom(now: now), counters.reads.take(now: now) else { return false }
                counters.dailyReads.record(now: now)
            } else {
                guard counters.dailyWrites.hasRoom(now: now), counters.writes.take(now: now) else { return false }
                counters.dailyWrites.record(now: now)
            }
            return true
        }
    }
}
