import Foundation

/// A token bucket: `rate` tokens a second up to `burst`; a request takes one or is throttled.
struct TokenBucket: Sendable {
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
