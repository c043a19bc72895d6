import Foundation
import PartnerCentral

// MARK: - Possible duplicates in the partner's pipeline

extension TriageState {
    /// Asks for the partner's opportunities of the customer in `details`, once per customer per session.
    mutating func pipelineEffects(for details: InvitationDetails) -> [TriageEffect] {
        guard let catalog, let customer = details.customerCompany, let key = NameNormaliser.companyKey(customer),
            pipeline[key] == nil
        else { return [] }
        pipeline[key] = .loading
        return [.findPipeline(catalog: catalog, customer: customer, key: key)]
    }

    /// The lookup for customer `key` answered.
    mutating func pipelineLoaded(catalog: Catalog, key: String, opportunities: [PipelineOpportunity]) -> [TriageEffect]
    {
        guard catalog == self.catalog else { return [] }
        pipeline[key] = .loaded(opportunities)
        return []
    }

    /// The lookup for customer `key` failed; the details say so, and nothing is marked.
    mutating func pipelineFailed(catalog: Catalog, key: String, message: String) -> [TriageEffect] {
        guard catalog == self.catalog else { return [] }
        pipeline[key] = .failed(TerminalSafe.clean(message))
        return []
    }

    /// The partner's opportunities that match invitation `id`, best first; empty until its details and the
    /// customer's pipeline are both known.
    public func duplicateMatches(for id: String) -> [DuplicateMatch] {
        guard case .loaded(let details) = self.details[id], let customer = details.customerCompany,
            let key = NameNormaliser.companyKey(customer), case .loaded(let opportunities) = pipeline[key]
        else { return [] }
        return DuplicateMatch.matches(
            customer: customer, title: details.projectTitle ?? details.title, in: opportunities)
    }

    /// The pipeline lookup of invitation `id`'s customer, when its details name one.
    public func pipelineEntry(for id: String) -> PipelineEntry? {
        guard case .loaded(let details) = self.details[id], let customer = details.customerCompany,
            let key = NameNormaliser.companyKey(customer)
        else { return nil }
        return pipeline[key]
    }

    /// The best likely duplicate of invitation `id`, if any.
    public func likelyDuplicate(of id: String) -> DuplicateMatch? {
        duplicateMatches(for: id).first(where: \.isLikely)
    }

    /// The reasons in the order the menu lists them: `Duplicate of partner referral` first (and so preselected)
    /// when one of `targets` has a likely duplicate, else the documented order.
    public func reasonMenuOrder(targets: [String]) -> [RejectionReason] {
        let documented = RejectionReason.allCases
        guard targets.contains(where: { likelyDuplicate(of: $0) != nil }) else { return documented }
        return [.duplicateOfPartnerReferral] + documented.filter { $0 != .duplicateOfPartnerReferral }
    }

    /// The confirmation's lines naming the matching opportunities of `targets`.
    func duplicateNotes(targets: [String]) -> [String] {
        let notes = targets.compactMap { id -> String? in
            guard let match = likelyDuplicate(of: id) else { return nil }
            let title = match.opportunity.title.map { " “\($0)”" } ?? ""
            return "Matches your opportunity \(match.opportunity.idLabel)\(title) (\(match.reason.text))."
        }
        guard notes.count > 2 else { return notes }
        return Array(notes.prefix(2)) + ["… and \(notes.count - 2) more with a matching opportunity."]
    }
}
