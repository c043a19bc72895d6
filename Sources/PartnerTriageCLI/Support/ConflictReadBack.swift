import PartnerCentral
import TriageCore

/// The commands' one conflict rule: a reject or accept refused with `ConflictException` is read back, and counts as
/// already made only when the invitation read is the same one (id or ARN) and already has the status asked for.
enum ConflictReadBack {
    /// The invitation as read back when `failure` is a conflict over a decision already made, else `nil`.
    static func alreadyMade(
        _ status: InvitationStatus, after failure: ServiceFailure, id: String, catalog: String,
        service: any InvitationService
    ) async -> EngagementInvitation? {
        guard failure.code == "ConflictException",
            let current = try? await service.getInvitation(
                GetEngagementInvitationRequest(catalog: catalog, identifier: id)),
            current.status == status, current.id.map({ InvitationIdentity.same($0, id) }) ?? true
        else { return nil }
        return current
    }
}
