/// What this session did, for the exit message.
public struct SessionCounters: Hashable, Sendable {
    /// Invitations rejected.
    public var rejected: Int = 0
    /// Invitations accepted (task completed).
    public var accepted: Int = 0
    /// Reject or accept requests that failed.
    public var failed: Int = 0

    /// Creates zeroed counters.
    public init() {}

    /// The exit line, e.g. `This session: 12 rejected, 3 accepted, 1 failed.`
    public var summary: String {
        "This session: \(rejected) rejected, \(accepted) accepted, \(failed) failed."
    }
}
