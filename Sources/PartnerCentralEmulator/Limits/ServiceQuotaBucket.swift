import Foundation

/// The service's side of a quota: `rate` tokens a second up to `burst`; a request takes one or is throttled.
///
/// Kept apart from the client's own bucket (`PartnerCentral`'s pacer) on purpose: this one is the oracle the client's
/// pacing is tested against, so sharing the code would let one bug in both pass every test.
struct ServiceQuotaBucket: Sendable {
    let rate: Double
    let burst: Double
    private var tokens: Double
    private var refilledAt: Date?

    init(rate: Double, burst: Double) {
        self.rate = rate
        self.burst = burst
        self.tokens = burst
    }

    /// Takes a token at `now`; false when the bucket is empty.
    mutating func take(now: Date) -> Bool {
        if let refilledAt {
            let elapsed = max(0, now.timeIntervalSince(refilledAt))
            tokens = min(burst, tokens + elapsed * rate)
        }
        refilledAt = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
