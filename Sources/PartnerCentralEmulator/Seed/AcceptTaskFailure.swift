import PartnerCentral

/// How an accept task for one seeded invitation fails, set in the seed with the emulator-only member
/// `EmulatorAcceptTaskFailure: {"ReasonCode": "...", "Message": "..."}`.
public struct AcceptTaskFailure: Codable, Hashable, Sendable {
    /// The task's `ReasonCode`.
    public var reasonCode: ReasonCode
    /// The task's `Message`.
    public var message: String

    /// Creates a failure outcome.
    public init(reasonCode: ReasonCode, message: String) {
        self.reasonCode = reasonCode
        self.message = message
    }
}
