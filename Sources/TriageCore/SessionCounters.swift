/// What this session did, for the exit message: the latest outcome of each invitation it decided on.
///
/// Counted per invitation, not per request, so a reject that failed and then succeeded on the retry counts once, as
/// rejected.
public struct SessionCounters: Hashable, Sendable {
    /// Where one invitation ended up.
    public enum Outcome: Hashable, Sendable {
        /// The reject succeeded.
        case rejected
        /// The accept task completed.
        case accepted
        /// The last request for it failed.
        case failed
        /// A request was sent but its answer was lost, or an accept task was started and its end could not be
        /// learned: the change may or may not have been made.
        case unknown
    }

    private var outcomes: [String: Outcome] = [:]

    /// Creates empty counters.
    public init() {}

    /// Records the latest outcome for an invitation, replacing an earlier one.
    public mutating func record(_ outcome: Outcome, for id: String) {
        outcomes[id] = outcome
    }

    /// Invitations rejected.
    public var rejected: Int { count(.rejected) }
    /// Invitations accepted (task completed).
    public var accepted: Int { count(.accepted) }
    /// Invitations whose last request failed.
    public var failed: Int { count(.failed) }
    /// Invitations whose outcome is unknown.
    public var unknown: Int { count(.unknown) }

    /// The exit line, e.g. `This session: 12 rejected, 3 accepted, 1 failed.`
    public var summary: String {
        let unknownPart = unknown > 0 ? ", \(unknown) with an unknown outcome" : ""
        return "This session: \(rejected) rejected, \(accepted) accepted, \(failed) failed\(unknownPart)."
    }

    private func count(_ outcome: Outcome) -> Int {
        outcomes.values.filter { $0 == outcome }.count
    }
}
