import PartnerCentral

/// How a decision ended, as written to the audit log.
public enum AuditOutcome: String, Codable, Hashable, Sendable, CaseIterable {
    /// The service rejected the invitation for us.
    case rejected
    /// The accept task completed (or, with `--no-wait`, `AcceptEngagementInvitation` succeeded).
    case accepted
    /// The accept task was started and not waited for.
    case acceptStarted = "accept-started"
    /// The invitation was already `REJECTED` when we asked (nothing changed).
    case alreadyRejected = "already-rejected"
    /// The invitation was already `ACCEPTED` when we asked (nothing changed).
    case alreadyAccepted = "already-accepted"
    /// The request failed and the service did not make the change: it answered with an error, or the request
    /// never reached it. `errorCode` says why.
    case failed
    /// An `AssignOpportunity` the service accepted.
    case assigned
    /// Written (and flushed) just before the request is sent; the line after it for the same invitation says how
    /// it ended. With no line after it (the process was killed), the request may or may not have been sent.
    case attempting
    /// The request was sent but its answer was lost (the connection dropped, the attempt timed out, the program
    /// was stopped first): the service may or may not have made the change. `errorCode` says what happened.
    case unknown
}

extension AuditOutcome {
    /// The outcome to record for a reject or accept request that threw `error` after it was handed to the client:
    /// ``failed`` only when the service answered with an error or nothing reached it, else ``unknown``.
    public static func afterFailedWrite(_ error: any Error) -> AuditOutcome {
        switch error {
        case let error as PartnerCentralError:
            return error.answerMayBeLost ? .unknown : .failed
        default:
            // Cancellation (quitting, a signal) or anything else: the request may already be at the service.
            return .unknown
        }
    }
}
