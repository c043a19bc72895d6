import Synchronization

/// The standard retry mode's token bucket, shared by all calls of a client: retries stop when the service keeps
/// failing, so a struggling service is not hammered.
///
/// Starts with 500 tokens; a retry costs 5 (10 after a timeout); a success gives back what its retry took, or 1
/// when it needed no retry, never above the capacity.
package final class RetryQuota: Sendable {
    /// The starting and maximum number of tokens.
    package let capacity: Int
    /// The cost of a retry.
    package let retryCost: Int
    /// The cost of a retry after a timeout.
    package let timeoutRetryCost: Int
    /// What a first-attempt success gives back.
    package let noRetryIncrement: Int
    private let tokens: Mutex<Int>

    /// Creates a full bucket.
    package init(capacity: Int = 500, retryCost: Int = 5, timeoutRetryCost: Int = 10, noRetryIncrement: Int = 1) {
        self.capacity = capacity
        self.retryCost = retryCost
        self.timeoutRetryCost = timeoutRetryCost
        self.noRetryIncrement = noRetryIncrement
        self.tokens = Mutex(capacity)
    }

    /// Tokens left.
    package var available: Int { tokens.withLock { $0 } }

    /// Takes the cost of retrying after this kind of failure; `nil` (nothing taken) when the bucket is too low.
    package func acquire(for kind: RetryPolicy.RetryableKind) -> Int? {
        let cost = kind == .timeout ? timeoutRetryCost : retryCost
        return tokens.withLock { available in
            guard available >= cost else { return nil }
            available -= cost
            return cost
        }
    }

    /// Called after a successful response: refunds the last retry's cost, or the no-retry increment.
    package func releaseAfterSuccess(lastRetryCost: Int?) {
        let amount = lastRetryCost ?? noRetryIncrement
        tokens.withLock { $0 = min(capacity, $0 + amount) }
    }
}
