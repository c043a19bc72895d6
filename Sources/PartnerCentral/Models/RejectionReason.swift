import Foundation

/// The five rejection reasons the service documents (the API types the member as a free string of 1–80 characters).
public enum RejectionReason: String, CaseIterable, Sendable, Hashable, Codable {
    /// The customer's problem is not clear enough to act on.
    case customerProblemUnclear = "Customer problem unclear"
    /// What to do next is not clear.
    case nextStepsUnclear = "Next steps unclear"
    /// The partner cannot support this engagement.
    case unableToSupport = "Unable to support"
    /// The partner already referred this opportunity.
    case duplicateOfPartnerReferral = "Duplicate of partner referral"
    /// Another reason.
    case other = "Other"

    /// Matches a documented reason case-insensitively, ignoring surrounding whitespace.
    public init?(matching text: String) {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let match = RejectionReason.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else {
            return nil
        }
        self = match
    }
}
