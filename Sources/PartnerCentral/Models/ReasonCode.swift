/// Why an accept task failed.
public struct ReasonCode: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let invitationAccessDenied = ReasonCode(rawValue: "InvitationAccessDenied")
    public static let invitationValidationFailed = ReasonCode(rawValue: "InvitationValidationFailed")
    public static let engagementAccessDenied = ReasonCode(rawValue: "EngagementAccessDenied")
    public static let opportunityAccessDenied = ReasonCode(rawValue: "OpportunityAccessDenied")
    public static let resourceSnapshotJobAccessDenied = ReasonCode(rawValue: "ResourceSnapshotJobAccessDenied")
    public static let resourceSnapshotJobValidationFailed = ReasonCode(rawValue: "ResourceSnapshotJobValidationFailed")
    public static let resourceSnapshotJobConflict = ReasonCode(rawValue: "ResourceSnapshotJobConflict")
    public static let engagementValidationFailed = ReasonCode(rawValue: "EngagementValidationFailed")
    public static let engagementConflict = ReasonCode(rawValue: "EngagementConflict")
    public static let opportunitySubmissionFailed = ReasonCode(rawValue: "OpportunitySubmissionFailed")
    public static let engagementInvitationConflict = ReasonCode(rawValue: "EngagementInvitationConflict")
    public static let internalError = ReasonCode(rawValue: "InternalError")
    public static let opportunityValidationFailed = ReasonCode(rawValue: "OpportunityValidationFailed")
    public static let opportunityConflict = ReasonCode(rawValue: "OpportunityConflict")
    public static let resourceSnapshotAccessDenied = ReasonCode(rawValue: "ResourceSnapshotAccessDenied")
    public static let resourceSnapshotValidationFailed = ReasonCode(rawValue: "ResourceSnapshotValidationFailed")
    public static let resourceSnapshotConflict = ReasonCode(rawValue: "ResourceSnapshotConflict")
    public static let serviceQuotaExceeded = ReasonCode(rawValue: "ServiceQuotaExceeded")
    public static let requestThrottled = ReasonCode(rawValue: "RequestThrottled")
    public static let contextNotFound = ReasonCode(rawValue: "ContextNotFound")
    public static let customerProjectContextNotPermitted = ReasonCode(rawValue: "CustomerProjectContextNotPermitted")
    public static let disqualifiedLeadNotPermitted = ReasonCode(rawValue: "DisqualifiedLeadNotPermitted")

    public static let knownValues: [ReasonCode] = [
        ReasonCode(rawValue: "InvitationAccessDenied"),
        ReasonCode(rawValue: "InvitationValidationFailed"),
        ReasonCode(rawValue: "EngagementAccessDenied"),
        ReasonCode(rawValue: "OpportunityAccessDenied"),
        ReasonCode(rawValue: "ResourceSnapshotJobAccessDenied"),
        ReasonCode(rawValue: "ResourceSnapshotJobValidationFailed"),
        ReasonCode(rawValue: "ResourceSnapshotJobConflict"),
        ReasonCode(rawValue: "EngagementValidationFailed"),
        ReasonCode(rawValue: "EngagementConflict"),
        ReasonCode(rawValue: "OpportunitySubmissionFailed"),
        ReasonCode(rawValue: "EngagementInvitationConflict"),
        ReasonCode(rawValue: "InternalError"),
        ReasonCode(rawValue: "OpportunityValidationFailed"),
        ReasonCode(rawValue: "OpportunityConflict"),
        ReasonCode(rawValue: "ResourceSnapshotAccessDenied"),
        ReasonCode(rawValue: "ResourceSnapshotValidationFailed"),
        ReasonCode(rawValue: "ResourceSnapshotConflict"),
        ReasonCode(rawValue: "ServiceQuotaExceeded"),
        ReasonCode(rawValue: "RequestThrottled"),
        ReasonCode(rawValue: "ContextNotFound"),
        ReasonCode(rawValue: "CustomerProjectContextNotPermitted"),
        ReasonCode(rawValue: "DisqualifiedLeadNotPermitted"),
    ]
}
