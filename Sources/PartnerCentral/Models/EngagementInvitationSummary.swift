/// One row of `ListEngagementInvitations`: the summary members only, no payload.
public struct EngagementInvitationSummary: Codable, Hashable, Sendable {
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
    public var participantType: ParticipantType?

    /// Creates a summary; every member but `id` and `catalog` is optional, as in the model.
    public init(
        arn: String? = nil, payloadType: EngagementInvitationPayloadType? = nil, id: String,
        engagementId: String? = nil, engagementTitle: String? = nil, status: InvitationStatus? = nil,
        invitationDate: Timestamp? = nil, expirationDate: Timestamp? = nil, senderAwsAccountId: String? = nil,
        senderCompanyName: String? = nil, receiver: Receiver? = nil, catalog: String,
        participantType: ParticipantType? = nil
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
        self.participantType = participantType
    }
}

/// The partner that received an invitation (a union: exactly one member is set).
public struct Receiver: Codable, Hashable, Sendable {
    public var account: AccountReceiver?
    /// Creates a receiver.
    public init(account: AccountReceiver? = nil) { self.account = account }
}

/// The AWS account of the partner that received an invitation.
public struct AccountReceiver: Codable, Hashable, Sendable {
    public var alias: String?
    public var awsAccountId: String
    /// Creates an account receiver.
    public init(alias: String? = nil, awsAccountId: String) {
        self.alias = alias
        self.awsAccountId = awsAccountId
    }
}
