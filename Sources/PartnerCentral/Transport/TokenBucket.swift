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

    /// Takes a token if one is there.
    mutating func take(now: Double) -> Bool {
        refill(now)
        guard tokens >= 1 else { return false }
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
        return tokens >= 1 ? 0 : (1 - tokens) / rate
    }
}
