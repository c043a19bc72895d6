import PartnerCentral

/// A reject or accept run over one or more invitations, sent one request at a time.
///
/// The core keeps one write in flight and issues the next when the previous result arrives; the effect runner's
/// client paces writes to the service quota (1/s), so the run never exceeds it and Esc only has to stop the queue.
public struct BatchRun: Hashable, Sendable {
    /// Reject with a reason, or accept.
    public var decision: Decision
    /// The catalog of every request in the run.
    public var catalog: Catalog
    /// How many invitations the run covers (sent + skipped + not yet sent).
    public var total: Int
    /// Not yet sent, in order.
    public var queue: [DecisionTarget]
    /// The one request being sent.
    public var inFlight: DecisionTarget?
    /// Requests that succeeded (for accept: the task was started and has not failed).
    public var succeeded: Int
    /// Requests that failed.
    public var failed: Int
    /// Invitations not sent because they were no longer pending.
    public var skipped: Int
    /// Esc was pressed: nothing more is sent; the request in flight finishes.
    public var stopped: Bool
    /// The request in flight is still reading its invitation (an accept whose kind, lead or opportunity, is not
    /// known yet); nothing has been sent for it.
    public var readingFirst: Bool = false

    /// Creates a run that has not sent anything yet.
    public init(decision: Decision, catalog: Catalog, targets: [DecisionTarget], skipped: Int = 0) {
        self.decision = decision
        self.catalog = catalog
        self.total = targets.count + skipped
        self.queue = targets
        self.inFlight = nil
        self.succeeded = 0
        self.failed = 0
        self.skipped = skipped
        self.stopped = false
    }

    /// Whether the run has nothing in flight and nothing left to send.
    public var isFinished: Bool { inFlight == nil && (queue.isEmpty || stopped) }

    /// Requests answered or skipped so far.
    public var processed: Int { succeeded + failed + skipped }

    /// The live progress line, e.g. `Rejecting 7/30 · 1 failed · Esc to stop`.
    public var progressLine: String {
        let current = processed + (inFlight == nil ? 0 : 1)
        var parts = ["\(decision.progressVerb) \(current)/\(total)"]
        if failed > 0 { parts.append("\(failed) failed") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        parts.append(stopped ? "stopping" : "Esc to stop")
        return parts.joined(separator: " · ")
    }

    /// The summary when the run ends, e.g. `Rejected 28 · 1 failed · 1 skipped (not pending)`.
    public var summaryLine: String {
        var parts = ["\(decision.pastVerb) \(succeeded)"]
        if failed > 0 { parts.append("\(failed) failed") }
        if skipped > 0 { parts.append("\(skipped) skipped (not pending)") }
        let notSent = queue.count
        if stopped && notSent > 0 { parts.append("\(notSent) not sent (stopped)") }
        return parts.joined(separator: " · ")
    }
}
