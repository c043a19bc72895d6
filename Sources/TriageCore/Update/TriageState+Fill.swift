import Foundation
import PartnerCentral

// MARK: - Details of every pending row, in the background

extension TriageState {
    /// Background reads the fill keeps in flight; the client's read pacer holds them to the quota, and the user's
    /// own reads overtake them there.
    ///
    /// Enough to keep the pacer's 9 reads a second busy while each read takes up to about 550 ms (4 held the fill
    /// to 8 a second at 500 ms); few enough to leave two of the HTTP client's 8 connections to each host for the
    /// user's reads, writes and the list's pages.
    public static let maxFillReads = 6

    /// After the neighbours, the pending rows without details, in loaded order, so the decision columns fill in.
    /// The walk resumes where it stopped, so each call costs only the rows it passes.
    mutating func fillEffects(catalog: Catalog) -> [TriageEffect] {
        var effects: [TriageEffect] = []
        while backgroundDetails.count < TriageState.maxFillReads, fillNext < invitations.count {
            let row = invitations[fillNext]
            fillNext += 1
            guard row.isPending, details[row.id] == nil else { continue }
            details[row.id] = .loading
            backgroundDetails.insert(row.id)
            effects.append(.getInvitation(catalog: catalog, id: row.id, priority: .background))
        }
        return effects
    }

    /// Keeps the facts of loaded details, and re-filters or re-sorts when they change what is shown.
    mutating func storeFacts(_ details: InvitationDetails) {
        let facts = RowFacts(details)
        guard rowFacts[details.id] != facts else { return }
        rowFacts[details.id] = facts
        let ordersByFacts = [.spend, .score, .customer].contains(sort.key)
        if !textFilter.isEmpty || ordersByFacts { recomputeVisible() }
    }
}
