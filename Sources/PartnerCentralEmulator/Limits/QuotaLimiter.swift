import Foundation
import PartnerCentral

/// The documented request quotas: reads 10/s (burst 10), writes 1/s (burst 1), one pair of buckets per emulator.
final class QuotaLimiter: @unchecked Sendable {
    private let lock = NSLock()
    private var reads = TokenBucket(rate: 10, burst: 10)
    private var writes = TokenBucket(rate: 1, burst: 1)

    /// Whether the operation may run at `now`; takes a token when it may.
    func admit(_ operation: PartnerCentral.Operation, now: Date) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return operation.isReadOnly ? reads.take(now: now) : writes.take(now: now)
    }
}
