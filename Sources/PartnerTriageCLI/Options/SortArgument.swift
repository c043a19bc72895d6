import ArgumentParser
import PartnerCentral

/// `list --sort`: by invitation date, newest or oldest first (the service sorts).
enum SortArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
    case newest
    case oldest

    init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }

    /// The service's sort.
    var sort: OpportunityEngagementInvitationSort {
        OpportunityEngagementInvitationSort(
            sortOrder: self == .newest ? .descending : .ascending,
            sortBy: .invitationDate
        )
    }
}
