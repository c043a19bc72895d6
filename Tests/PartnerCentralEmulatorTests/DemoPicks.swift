import Foundation
import PartnerCentral
import PartnerTriageTestSupport

@testable import PartnerCentralEmulator

/// Invitations of the demo seed chosen by what they are, so tests don't hard-code ids.
enum DemoPicks {
    static var rebased: EmulatorSeed { TestSeeds.demo.rebased(to: testNow) }

    static func first(
        _ catalog: String, _ status: InvitationStatus, _ extra: (EngagementInvitation) -> Bool = { _ in true }
    ) -> EngagementInvitation {
        // safe: the demo seed is checked to contain every kind the tests pick
        rebased.invitations.first { $0.catalog == catalog && $0.status == status && extra($0) }!
    }

    static func failureMarked(_ invitation: EngagementInvitation) -> Bool {
        TestSeeds.demo.acceptTaskFailures[EmulatorSeed.key(catalog: invitation.catalog!, id: invitation.id!)] != nil
    }

    /// Pending for at least two more days and accept tasks succeed.
    static func pending(_ catalog: String = "Sandbox") -> EngagementInvitation {
        first(catalog, .pending) { invitation in
            !failureMarked(invitation) && invitation.expirationDate!.date > testNow.addingTimeInterval(2 * 86_400)
        }
    }

    /// Stored as `PENDING` but past its expiry.
    static func lapsed() -> EngagementInvitation {
        rebased.invitations.first { $0.status == .pending && $0.expirationDate!.date <= testNow }!
    }

    static func acceptFails() -> EngagementInvitation {
        rebased.invitations.first { failureMarked($0) && $0.expirationDate!.date > testNow }!
    }

    static func count(_ catalog: String, effectiveStatus: InvitationStatus? = nil) -> Int {
        rebased.invitations.filter { invitation in
            guard invitation.catalog == catalog else { return false }
            guard let effectiveStatus else { return true }
            let lapsed = invitation.status == .pending && invitation.expirationDate!.date <= testNow
            return (lapsed ? .expired : invitation.status!) == effectiveStatus
        }.count
    }
}
