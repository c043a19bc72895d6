import PartnerCentral

/// How one invitation of a run ended, as the core reports it, for whoever prints results (the command line).
public struct RunResult: Hashable, Sendable {
    /// The invitation id or ARN as sent.
    public var id: String
    /// How it ended.
    public var outcome: Outcome

    /// How one reject or accept ended; text is as the service sent it (printers clean it).
    public enum Outcome: Hashable, Sendable {
        /// The reject succeeded.
        case rejected
        /// Refused with a conflict, and the invitation read back already had the status the decision wanted.
        case alreadyMade(InvitationStatus, rejectionReason: String?)
        /// The service refused it or it never reached the service.
        case failed(message: String, errorCode: String?)
        /// Sent, but the answer was lost: the change may or may not have been made.
        case unknown(message: String)
        /// A lead accepted; its engagement as read afterwards (`nil` when it has none or was not read).
        case leadAccepted(engagementID: String?, engagement: EngagementEntry?)
        /// The accept task completed.
        case taskCompleted(taskID: String?, opportunityID: String?)
        /// The accept task failed.
        case taskFailed(taskID: String?, reasonCode: String?, message: String?)
        /// The accept task was started and, by the policy, not followed.
        case taskStarted(taskID: String)
        /// The accept task was started but its end is not known.
        case taskNotConfirmed(taskID: String, TaskWatchEnd)
    }

    /// Why following a started task ended before the task did.
    public enum TaskWatchEnd: Hashable, Sendable {
        /// The policy's polls ran out with the task still running.
        case stillRunning
        /// Polling failed (the task itself may be fine).
        case pollFailed(message: String)
        /// The run was stopped while it waited.
        case stoppedWaiting
    }
}
