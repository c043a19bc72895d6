/// How one reject or accept in a bulk run ended, for its result line and its audit record.
struct BulkItemResult: Equatable, Sendable {
    var outcome: AuditOutcome
    var requestId: String?
    var errorCode: String?
    /// What to add after the outcome on the result line (terminal-safe), e.g. the opportunity id or the error.
    var detail: String?
    /// The accept task was started but its end could not be learned (still running, or polling failed): recorded
    /// as `accept-started`, which is true, yet the run exits 1 because the acceptance is not confirmed.
    var unconfirmed = false

    /// Whether the invitation counts as failed (exit 1).
    var failed: Bool { outcome == .failed }
}
