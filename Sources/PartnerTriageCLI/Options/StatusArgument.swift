import ArgumentParser
import PartnerCentral

/// `list --status`: one of the four invitation statuses, matched case-insensitively.
enum StatusArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
    case pending = "PENDING"
    case accepted = "ACCEPTED"
    case rejected = "REJECTED"
    case expired = "EXPIRED"

    init?(argument: String) {
        self.init(rawValue: argument.uppercased())
    }

    /// The service's status value.
    var status: InvitationStatus { InvitationStatus(rawValue: rawValue) }
}
