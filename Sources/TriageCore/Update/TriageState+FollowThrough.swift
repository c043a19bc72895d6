import Foundation
import PartnerCentral

/// Which follow-up read failed.
public enum FollowUpRead: Hashable, Sendable {
    /// `GetOpportunity`.
    case opportunity
    /// `GetAwsOpportunitySummary`.
    case awsSummary
    /// `ListEngagementMembers`.
    case members
}

/// One-line renderings of what follow-ups return.
enum EngagementLines {
    /// `Company · website`, cleaned.
    static func member(_ member: EngagementMember) -> String {
        let parts = [member.companyName, member.websiteUrl].compactMap { $0 }
        return TerminalSafe.clean(parts.isEmpty ? (member.accountId ?? "—") : parts.joined(separator: " · "))
    }
}

// MARK: - After an accept: what it created, and who else is engaged

extension TriageState {
    /// Whether accepts are followed through with reads of what they created (the UI; the command line prints
    /// the ids and leaves the rest to `show`).
    var followsThrough: Bool { acceptPolicy == .alongside }

    /// The reads that show what accepting `id` created: the partner's opportunity and AWS's summary of it.
    mutating func followThrough(id: String, opportunityID: String?) -> [TriageEffect] {
        guard followsThrough, let catalog, let opportunityID, !opportunityID.isEmpty else { return [] }
        accepted[id] = AcceptedOpportunity(id: opportunityID)
        return [
            .getOpportunity(catalog: catalog, id: id, opportunityID: opportunityID),
            .getAwsSummary(catalog: catalog, id: id, opportunityID: opportunityID),
        ]
    }

    /// The members of an accepted lead's engagement.
    mutating func followLead(id: String, engagementID: String) -> [TriageEffect] {
        guard followsThrough, let catalog else { return [] }
        engagementMembers[id] = .loading
        return [.listEngagementMembers(catalog: catalog, id: id, engagementID: engagementID)]
    }

    /// An opportunity invitation accepted before this session: its accept task names the opportunity, so the
    /// details can show it and `A` can assign it.
    mutating func lookUpAcceptedOpportunity(id: String) -> [TriageEffect] {
        guard followsThrough, let catalog, accepted[id] == nil, !lookingUpOpportunity.contains(id),
            let row = loadedRow(id), row.status == .accepted, row.payloadType == .opportunityInvitation
        else { return [] }
        lookingUpOpportunity.insert(id)
        return [.findAcceptedOpportunity(catalog: catalog, id: id)]
    }

    /// The accept task's answer: follow the opportunity it names.
    mutating func acceptedOpportunityFound(catalog: Catalog, id: String, opportunityID: String?) -> [TriageEffect] {
        guard catalog == self.catalog, lookingUpOpportunity.remove(id) != nil else { return [] }
        guard let opportunityID else {
            if shownDetailsID == id { show("No completed accept task names this invitation's opportunity.", .info) }
            return []
        }
        return followThrough(id: id, opportunityID: opportunityID)
    }

    /// `R` on an accepted invitation's details reads its follow-ups again (AWS shares contacts some time after
    /// the accept).
    mutating func refreshFollowUps(id: String) -> [TriageEffect] {
        guard let catalog, let followed = accepted[id] else { return [] }
        accepted[id]?.opportunity = .loading
        accepted[id]?.awsSummary = .loading
        return [
            .getOpportunity(catalog: catalog, id: id, opportunityID: followed.id),
            .getAwsSummary(catalog: catalog, id: id, opportunityID: followed.id),
        ]
    }

    mutating func followUpFailed(id: String, read: FollowUpRead, message: String) {
        switch read {
        case .opportunity: accepted[id]?.opportunity = .failed(message)
        case .awsSummary: accepted[id]?.awsSummary = .failed(message)
        case .members: engagementMembers[id] = .failed(message)
        }
    }
}
