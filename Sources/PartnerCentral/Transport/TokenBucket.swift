/// A token bucket: `rate` tokens per second, at most `capacity` saved up. Pure; time comes in.
struct TokenBucket: Sendable, Hashable {
    let rate: Double
    let capacity: Double
    private(set) var tokens: Double
    private(set) var last: Double?

    init(rate: Double, capacity: Double) {
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
    }

    private mutating func refill(_ now: Double) {
        if let last, now > last { tokens = min(capacity, tokens + (now - last) * rate) }
        if last == nil || now > last! { last = now }  // safe: checked for nil first
    }

    /// A token counts as there a billionth early: waiting exactly ``timeUntilToken(now:)`` can leave the sum a
    /// rounding error short of one, and a caller must not be sent back to wait for nothing.
    private static let whole = 1 - 1e-9

    /// Takes a token if one is there.
    mutating func take(now: Double) -> Bool {
        refill(now)
        guard tokens >= TokenBucket.whole else { return false }
        tokens -= 1
        return true
    }

    /// Forgets the refill since the last refill time, so the next token is counted from `now`.
    mutating func restartRefill(now: Double) {
        if last == nil || now > last! { last = now }  // safe: checked for nil first
    }

    /// Seconds until a token will be there (0 when one is).
    mutating func timeUntilToken(now: Double) -> Double {
        refill(now)
        return tokens >= TokenBucket.whole ? 0 : (1 - tokens) / rate
    }
}
