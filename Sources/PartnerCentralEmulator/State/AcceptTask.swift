import Foundation
import PartnerCentral

/// One `StartEngagementByAcceptingInvitationTask` run: in progress until `finishesAt`, then its outcome.
struct AcceptTask: Sendable {
    var id: String
    var arn: String
    var catalog: String
    var invitationId: String
    /// The invitation's ARN as seeded, which names it in `EngagementInvitationIdentifier` filters.
    var invitationArn: String
    var clientToken: String
    /// What identifies "the same request" for idempotency: the resolved invitation and the tags.
    var fingerprint: String
    var startTime: Timestamp
    var finishesAt: Date
    var status: TaskStatus
    var outcome: Outcome

    enum Outcome: Sendable {
        case complete(opportunityId: String, resourceSnapshotJobId: String)
        case failed(AcceptTaskFailure)
    }

    /// The task as the API shows it: the outcome's members only once the task has finished.
    var summary: StartEngagementByAcceptingInvitationTaskResponse {
        var response = StartEngagementByAcceptingInvitationTaskResponse(
            taskId: id, taskArn: arn, startTime: startTime, taskStatus: status, engagementInvitationId: invitationId)
        switch (status, outcome) {
        case (.complete, .complete(let opportunityId, let jobId)):
            response.opportunityId = opportunityId
            response.resourceSnapshotJobId = jobId
        case (.failed, .failed(let failure)):
            response.reasonCode = failure.reasonCode
            response.message = failure.message
        default:
            break
        }
        return response
    }
}
