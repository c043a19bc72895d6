/// An accept task that was started and is being polled until it completes or fails.
public struct AcceptTask: Hashable, Sendable {
    /// The task id from `StartEngagementByAcceptingInvitationTask`.
    public var taskID: String
    /// The invitation title, cleaned, for the result message.
    public var title: String
    /// Polls that failed in a row (a poll is retried a few times before the outcome is reported unknown).
    public var failedPolls: Int
    /// Polls that found the task still running.
    public var polls: Int = 0
}
