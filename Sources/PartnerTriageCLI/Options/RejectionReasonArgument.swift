import ArgumentParser
import PartnerCentral

/// `reject --reason`: one of the five documented reasons, matched case-insensitively.
enum RejectionReasonArgument: String, ExpressibleByArgument, CaseIterable, Sendable {
    case customerProblemUnclear = "Customer problem unclear"
    case nextStepsUnclear = "Next steps unclear"
    case unableToSupport = "Unable to support"
    case duplicateOfPartnerReferral = "Duplicate of partner referral"
    case other = "Other"

    init?(argument: String) {
        guard let reason = RejectionReason(matching: argument) else { return nil }
        self.init(rawValue: reason.rawValue)
    }

    /// The reason as the service expects it.
    var reason: RejectionReason {
        // Safe to force unwrap: the raw values are the same five strings, checked by the parsing tests.
        RejectionReason(rawValue: rawValue)!
    }
}
