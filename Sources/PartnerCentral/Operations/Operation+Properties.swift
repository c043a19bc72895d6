extension Operation {
    /// The full `X-Amz-Target` value.
    public var target: String { "\(Operation.targetPrefix).\(rawValue)" }

    /// The IAM action that authorises the operation, for access-denied messages.
    public var iamAction: String { "partnercentral:\(rawValue)" }

    /// Whether the operation only reads (10/s quota) or writes (1/s quota).
    public var isReadOnly: Bool {
        switch self {
        case .rejectEngagementInvitation, .acceptEngagementInvitation, .startEngagementByAcceptingInvitationTask,
            .assignOpportunity:
            false
        case .listEngagementInvitations, .getEngagementInvitation, .listEngagementByAcceptingInvitationTasks,
            .getEngagement, .listEngagementMembers, .listOpportunities, .getOpportunity, .getAwsOpportunitySummary:
            true
        }
    }
}
