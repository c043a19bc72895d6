/// How one reject or accept in a bulk run ended, for its result line and its audit record.
struct BulkItemResult: Equatable, Sendable {
    var outcome: AuditOutcome
    var requestId: String?
    var errorCode: String?
    /// What to add after the outcome on the result line (terminal-safe), e.g. the opportunity id or the error.
    var detail: String?

    /// Whether the invitation counts as failed (exit 1).
    var failed: Bool { outcome == .failed }
}
