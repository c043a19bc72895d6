import Foundation

/// The five rejection reasons the service documents (the API types the member as a free string of 1–80 characters).
public enum RejectionReason: String, CaseIterable, Sendable, Hashable, Codable {
    case customerProblemUnclear = "Customer problem unclear"
    case nextStepsUnclear = "Next steps unclear"
    case unableToSupport = "Unable to support"
    case duplicateOfPartnerReferral = "Duplicate of partner referral"
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
