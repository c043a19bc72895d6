import Foundation

/// A confirmed reject held back for a few seconds before anything is sent, so that `u` can still take it back.
///
/// A reject cannot be undone at the service; the only undo there can be is not sending it. Nothing is sent while
/// the window lasts: the first `.tick` at or after ``deadline`` starts the run of ``confirmation`` as `y` would have.
public struct GraceWindow: Hashable, Sendable {
    /// What the user confirmed; sent as it stands when the window ends.
    public var confirmation: DecisionConfirmation
    /// When the run starts.
    public var deadline: Date
    /// The seconds that were left when the quit question opened; the countdown is held at that value until the
    /// question is answered, so the reject cannot go out while the user is being asked whether to quit.
    public var heldRemaining: TimeInterval?

    /// Creates a window that ends at `deadline`.
    public init(confirmation: DecisionConfirmation, deadline: Date) {
        self.confirmation = confirmation
        self.deadline = deadline
        self.heldRemaining = nil
    }

    /// The invitations that will be sent.
    public var ids: [String] { confirmation.targets.map(\.id) }

    /// Whole seconds left at `now`, rounded up (so "in 1 s" shows until the reject goes), never below zero.
    public func secondsLeft(at now: Date) -> Int {
        let remaining = heldRemaining ?? deadline.timeIntervalSince(now)
        return max(0, Int(remaining.rounded(.up)))
    }

    /// The status line, e.g. `Rejecting 3 in 4 s · u to undo` or `Rejecting “Data lake” in 4 s · u to undo`.
    public func line(at now: Date) -> String {
        let what =
            confirmation.targets.count == 1
            ? "“\(confirmation.targets[0].title)”" : "\(confirmation.targets.count)"
        return "\(confirmation.decision.progressVerb) \(what) in \(secondsLeft(at: now)) s · u to undo"
    }
}
