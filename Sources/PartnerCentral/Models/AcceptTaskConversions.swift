/// The model gives a started accept task and a listed one separate shapes with the same members; these convert
/// between them so one piece of code can follow a task whichever call reported it.
extension StartEngagementByAcceptingInvitationTaskResponse {
    /// The same task as a list row reported it.
    public init(_ summary: ListEngagementByAcceptingInvitationTaskSummary) {
        self.init(
            taskId: summary.taskId, taskArn: summary.taskArn, startTime: summary.startTime,
            taskStatus: summary.taskStatus, message: summary.message, reasonCode: summary.reasonCode,
            opportunityId: summary.opportunityId, resourceSnapshotJobId: summary.resourceSnapshotJobId,
            engagementInvitationId: summary.engagementInvitationId)
    }
}

extension ListEngagementByAcceptingInvitationTaskSummary {
    /// The same task as its start reported it.
    public init(_ started: StartEngagementByAcceptingInvitationTaskResponse) {
        self.init(
            taskId: started.taskId, taskArn: started.taskArn, startTime: started.startTime,
            taskStatus: started.taskStatus, message: started.message, reasonCode: started.reasonCode,
            opportunityId: started.opportunityId, resourceSnapshotJobId: started.resourceSnapshotJobId,
            engagementInvitationId: started.engagementInvitationId)
    }
}
