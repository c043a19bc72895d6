/// The invitation operations of the Partner Central Selling API, named as they appear in `X-Amz-Target`.
public enum Operation: String, CaseIterable, Sendable, Hashable {
    case listEngagementInvitations = "ListEngagementInvitations"
    case getEngagementInvitation = "GetEngagementInvitation"
    case rejectEngagementInvitation = "RejectEngagementInvitation"
    case acceptEngagementInvitation = "AcceptEngagementInvitation"
    case startEngagementByAcceptingInvitationTask = "StartEngagementByAcceptingInvitationTask"
    case listEngagementByAcceptingInvitationTasks = "ListEngagementByAcceptingInvitationTasks"

    /// The `X-Amz-Target` prefix of the service.
    public static let targetPrefix = "AWSPartnerCentralSelling"

    /// The full `X-Amz-Target` value.
    public var target: String { "\(Operation.targetPrefix).\(rawValue)" }

    /// The IAM action that authorises the operation, for access-denied messages.
    public var iamAction: String { "partnercentral:\(rawValue)" }

    /// Whether the operation only reads (10/s quota) or writes (1/s quota).
    public var isReadOnly: Bool {
        switch self {
        case .listEngagementInvitations, .getEngagementInvitation, .listEngagementByAcceptingInvitationTasks: true
        case .rejectEngagementInvitation, .acceptEngagementInvitation, .startEngagementByAcceptingInvitationTask: false
        }
    }
}
