import Foundation

/// An opportunity of the partner's that may be the invitation's customer and project again, and why.
public struct DuplicateMatch: Hashable, Sendable {
    /// How the two compare.
    public enum Reason: Hashable, Sendable {
        /// Same customer, same project title (after normalising both).
        case sameCustomerAndTitle
        /// Same customer, and most of the title's words in common.
        case sameCustomerSimilarTitle
        /// Same customer, a different project: shown, but not called a duplicate.
        case sameCustomerOnly

        /// The words the details show.
        public var text: String {
            switch self {
            case .sameCustomerAndTitle: "same customer and project title"
            case .sameCustomerSimilarTitle: "same customer, similar project title"
            case .sameCustomerOnly: "same customer, another project"
            }
        }
    }

    /// The partner's opportunity.
    public var opportunity: PipelineOpportunity
    /// Why it matched.
    public var reason: Reason

    /// Whether the list marks the invitation and the reject menu offers the duplicate reason first.
    public var isLikely: Bool { reason != .sameCustomerOnly }

    /// The share of title words two titles must have in common to count as similar.
    public static let similarTitleThreshold = 0.6

    /// The partner's opportunities that match an invitation's customer, best first (likely duplicates, then the most
    /// recently changed). An opportunity of another customer never matches, whatever its title.
    public static func matches(
        customer: String?, title: String?, in pipeline: [PipelineOpportunity]
    ) -> [DuplicateMatch] {
        guard let customer, let key = NameNormaliser.companyKey(customer) else { return [] }
        let wanted = title.map(NameNormaliser.titleWords) ?? []
        let found: [DuplicateMatch] = pipeline.compactMap { opportunity in
            guard let theirs = opportunity.customer.flatMap(NameNormaliser.companyKey), theirs == key else {
                return nil
            }
            let words = opportunity.title.map(NameNormaliser.titleWords) ?? []
            let reason: Reason
            if !wanted.isEmpty, words == wanted {
                reason = .sameCustomerAndTitle
            } else if !wanted.isEmpty, !words.isEmpty,
                Double(wanted.intersection(words).count) / Double(wanted.union(words).count) >= similarTitleThreshold
            {
                reason = .sameCustomerSimilarTitle
            } else {
                reason = .sameCustomerOnly
            }
            return DuplicateMatch(opportunity: opportunity, reason: reason)
        }
        return found.sorted { lhs, rhs in
            if lhs.isLikely != rhs.isLikely { return lhs.isLikely }
            return (lhs.opportunity.lastModified ?? .distantPast) > (rhs.opportunity.lastModified ?? .distantPast)
        }
    }
}
