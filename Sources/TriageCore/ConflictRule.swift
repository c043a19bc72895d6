import PartnerCentral

/// The one rule for a reject or accept the service refused with `ConflictException`: it is read back, and counts as
/// already made only when the answer is the same invitation (id or ARN) with the status the decision wanted.
public enum ConflictRule {
    /// The service's error code for a decision its current state does not allow.
    public static let errorCode = "ConflictException"

    /// Whether `readBack`, read after a conflict on `id`, shows the decision already made.
    public static func alreadyMade(wanted: InvitationStatus, id: String, readBack: EngagementInvitation) -> Bool {
        readBack.status == wanted
            && InvitationIdentity.mismatch(requested: id, answeredID: readBack.id, answeredARN: readBack.arn) == nil
    }
}
