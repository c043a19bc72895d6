import TriageCore
import TriageEffects

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

extension BulkItemResult {
    /// A write that threw: `failed` when the service refused it or it never reached the service, `unknown` when
    /// it may have been carried out but the answer was lost.
    init(failedWrite error: any Error) {
        let failure = error as? ServiceFailure
        let outcome = failure.map { $0.answerLost ? .unknown : .failed } ?? AuditOutcome.afterFailedWrite(error)
        let message = failure?.message ?? (error is CancellationError ? "The request was interrupted." : "\(error)")
        let caveat = outcome == .unknown ? " It may have been carried out: check before retrying." : ""
        self.init(
            outcome: outcome,
            requestId: failure?.requestId,
            errorCode: failure?.code ?? (error is CancellationError ? "Interrupted" : nil),
            detail: TerminalSafeLine.clean(message + caveat)
        )
    }
}
