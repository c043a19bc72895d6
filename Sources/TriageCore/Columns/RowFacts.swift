import Foundation

/// What the details add to a list row: the columns to decide by and the text `/` searches once loaded.
public struct RowFacts: Hashable, Sendable {
    /// The customer company, cleaned.
    public var customer: String?
    /// Expected spend per month, if any line has an amount.
    public var spend: MonthlySpend?
    /// The lead readiness or engagement score as sent, cleaned.
    public var score: String?
    /// The customer's country code, cleaned.
    public var country: String?
    /// Every details text, lowercased once for the `/` filter.
    let searchText: String

    /// Takes the facts out of loaded details.
    public init(_ details: InvitationDetails) {
        customer = details.customerCompany ?? details.enrichment?.accountName
        spend = MonthlySpend(details.expectedSpend)
        score = details.enrichment?.score
        country = details.country
        var parts: [String] = [
            details.customerCompany, details.projectTitle, details.industry, details.country,
            details.website, details.enrichment?.accountName, details.enrichment?.industry,
            details.leadInteraction?.useCase,
        ].compactMap { $0 }
        parts += details.businessProblem + details.invitationMessage + details.engagementDescription
        parts += details.contacts.flatMap { [$0.name, $0.email] }
        parts += details.existingMembers.map(\.companyName)
        // NUL never comes from the keyboard, so a typed filter cannot match across two fields.
        searchText = parts.joined(separator: "\u{0}").lowercased()
    }

    /// Whether the `/` filter text (already lowercased) occurs in the details.
    func matches(lowercasedFilter needle: String) -> Bool {
        TextSearch.contains(searchText, needle)
    }

    /// The score as a number for sorting: numbers as sent, words by rank (High above Medium above Low).
    public var scoreRank: Double? {
        guard let score else { return nil }
        if let number = Double(score), number.isFinite { return number }
        switch score.lowercased() {
        case "very high": return 5
        case "high": return 4
        case "medium": return 3
        case "low": return 2
        case "very low": return 1
        default: return nil
        }
    }
}
