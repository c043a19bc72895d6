/// What is happening to one row beyond its status: drawn next to it so each row shows its own outcome.
public enum RowActivity: Hashable, Sendable {
    /// Confirmed and waiting out the grace window: nothing is sent yet, and `u` still undoes it.
    case waiting(Decision)
    /// Waiting in a run's queue.
    case queued(Decision)
    /// The request is being sent.
    case sending(Decision)
    /// The accept task was started and is being polled.
    case accepting
    /// The request failed; the one-line reason, cleaned.
    case failed(String)
}
