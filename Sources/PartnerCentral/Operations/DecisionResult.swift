/// How a reject or accept ended.
public struct DecisionResult: Sendable, Hashable {
    /// What happened.
    public enum Outcome: Sendable, Hashable {
        /// The call succeeded.
        case done
        /// A retried call answered `ConflictException`, and reading the invitation back showed that an earlier
        /// attempt (whose response was lost) had already made the change: success, reported as such.
        case alreadyDoneByEarlierAttempt
    }

    /// What happened.
    public var outcome: Outcome
    /// `x-amzn-RequestId` of the last answer.
    public var requestId: String?
    /// How many attempts were sent.
    public var attempts: Int

    /// Creates a result.
    public init(outcome: Outcome, requestId: String?, attempts: Int) {
        self.outcome = outcome
        self.requestId = requestId
        self.attempts = attempts
    }
}
