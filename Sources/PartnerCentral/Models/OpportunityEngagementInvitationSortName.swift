/// The field invitations are sorted by.
public struct OpportunityEngagementInvitationSortName: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let invitationDate = OpportunityEngagementInvitationSortName(rawValue: "InvitationDate")

    public static let knownValues: [OpportunityEngagementInvitationSortName] = [
        OpportunityEngagementInvitationSortName(rawValue: "InvitationDate"),
    ]
}
