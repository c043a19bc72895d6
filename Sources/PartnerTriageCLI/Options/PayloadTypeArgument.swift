import ArgumentParser
import PartnerCentral

/// `list --type`: opportunity or lead invitations.
enum PayloadTypeArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
    case opportunity
    case lead

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// The service's `PayloadType` filter value.
    var payloadType: EngagementInvitationPayloadType {
        switch self {
        case .opportunity: .opportunityInvitation
        case .lead: .leadInvitation
        }
    }
}
