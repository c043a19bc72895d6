/// A whole engagement invitation: the `GetEngagementInvitation` response, and the emulator's seed element.
public typealias EngagementInvitation = GetEngagementInvitationResponse

extension GetEngagementInvitationResponse {
    /// The list row for this invitation, as `ListEngagementInvitations` returns it to a receiver.
    public var summary: EngagementInvitationSummary {
        EngagementInvitationSummary(
            arn: arn, payloadType: payloadType, id: id, engagementId: engagementId, engagementTitle: engagementTitle,
            status: status, invitationDate: invitationDate, expirationDate: expirationDate,
            senderAwsAccountId: senderAwsAccountId, senderCompanyName: senderCompanyName, receiver: receiver,
            catalog: catalog, participantType: .receiver)
    }
}
