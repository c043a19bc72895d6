/// What an invitation carries: an opportunity or a lead.
public struct EngagementInvitationPayloadType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let opportunityInvitation = EngagementInvitationPayloadType(rawValue: "OpportunityInvitation")
    public static let leadInvitation = EngagementInvitationPayloadType(rawValue: "LeadInvitation")

    public static let knownValues: [EngagementInvitationPayloadType] = [
        EngagementInvitationPayloadType(rawValue: "OpportunityInvitation"),
        EngagementInvitationPayloadType(rawValue: "LeadInvitation"),
    ]
}
