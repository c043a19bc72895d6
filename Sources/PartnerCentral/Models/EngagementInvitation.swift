/// A whole engagement invitation: the `GetEngagementInvitation` response, and the emulator's seed element.
public struct EngagementInvitation: Codable, Hashable, Sendable {
    public var arn: String?
    public var payloadType: EngagementInvitationPayloadType?
    public var id: String
    public var engagementId: String?
    public var engagementTitle: String?
    public var status: InvitationStatus?
    public var invitationDate: Timestamp?
    public var expirationDate: Timestamp?
    public var senderAwsAccountId: String?
    public var senderCompanyName: String?
    public var receiver: Receiver?
    public var catalog: String
    public var rejectionReason: String?
    public var payload: Payload?
    public var invitationMessage: String?
    public var engagementDescription: String?
    public var existingMembers: [EngagementMemberSummary]?

    /// Creates an invitation; every member but `id` and `catalog` is optional, as in the model.
    public init(
        arn: String? = nil, payloadType: EngagementInvitationPayloadType? = nil, id: String,
        engagementId: String? = nil, engagementTitle: String? = nil, status: InvitationStatus? = nil,
        invitationDate: Timestamp? = nil, expirationDate: Timestamp? = nil, senderAwsAccountId: String? = nil,
        senderCompanyName: String? = nil, receiver: Receiver? = nil, catalog: String,
        rejectionReason: String? = nil, payload: Payload? = nil, invitationMessage: String? = nil,
        engagementDescription: String? = nil, existingMembers: [EngagementMemberSummary]? = nil
    ) {
        self.arn = arn
        self.payloadType = payloadType
        self.id = id
        self.engagementId = engagementId
        self.engagementTitle = engagementTitle
        self.status = status
        self.invitationDate = invitationDate
        self.expirationDate = expirationDate
        self.senderAwsAccountId = senderAwsAccountId
        self.senderCompanyName = senderCompanyName
        self.receiver = receiver
        self.catalog = catalog
        self.rejectionReason = rejectionReason
        self.payload = payload
        self.invitationMessage = invitationMessage
        self.engagementDescription = engagementDescription
        self.existingMembers = existingMembers
    }

    /// The list row for this invitation, as `ListEngagementInvitations` returns it to a receiver.
    public var summary: EngagementInvitationSummary {
        EngagementInvitationSummary(
            arn: arn, payloadType: payloadType, id: id, engagementId: engagementId, engagementTitle: engagementTitle,
            status: status, invitationDate: invitationDate, expirationDate: expirationDate,
            senderAwsAccountId: senderAwsAccountId, senderCompanyName: senderCompanyName, receiver: receiver,
            catalog: catalog, participantType: .receiver)
    }
}

/// An active member of an engagement.
public struct EngagementMemberSummary: Codable, Hashable, Sendable {
    public var companyName: String?
    public var websiteUrl: String?
    /// Creates a member summary.
    public init(companyName: String? = nil, websiteUrl: String? = nil) {
        self.companyName = companyName
        self.websiteUrl = websiteUrl
    }
}
