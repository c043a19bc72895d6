import TriageCore

/// Runs effects for the run loop; implementations start work and return at once, posting results to the mailbox.
public protocol EffectHandler: Sendable {
    /// Starts `effect` (never `.quit`, which the loop handles) and posts its result(s) to `mailbox` later.
    func start(_ effect: TriageEffect, mailbox: Mailbox)
}
