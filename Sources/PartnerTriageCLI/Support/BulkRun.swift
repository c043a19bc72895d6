import Foundation
import PartnerCentral

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one decision per invitation, one at a time (the client paces writes to the quota), printing a result line
/// as each finishes and a summary at the end.
///
/// Each result is appended to the audit log (and flushed) before its line is printed. Individual failures do not
/// stop the run. Ctrl-C stops sending: a request still waiting for the write budget is not sent, one already sent
/// finishes, then the summary is printed and the exit code is 130.
struct BulkRun {
    let context: CommandContext
    let auditLog: AuditLog
    let catalog: String
    let action: AuditAction
    /// `Rejected`/`Accepted`, for the summary.
    let verb: String
    /// The reason recorded with each reject.
    let reason: String?

    /// Runs `perform` for each id and returns the exit code.
    ///
    /// - Parameters:
    ///   - waitForBudget: returns when the next request could go out at once (the client's write pacing); Ctrl-C
    ///     cancels this wait, so the request it was for is never sent.
    ///   - perform: sends one request.
    func run(
        ids: [String],
        waitForBudget: @escaping @Sendable () async throws -> Void,
        perform: @Sendable (String) async -> BulkItemResult
    ) async -> Int32 {
        let stop = Locked(false)
        let waiting = Locked<Task<Void, any Error>?>(nil)
        let console = context.console
        let subscription = context.signals.watch([SIGINT]) { _ in
            let first = stop.withLock { stopped in
                defer { stopped = true }
                return !stopped
            }
            waiting.withLock { $0?.cancel() }
            if first { console.errorLine("Stopping: no new requests; waiting for the one in flight.") }
        }
        defer { subscription.cancel() }

        var summary = BulkSummary(total: ids.count)
        for id in ids {
            let wait = Task { try await waitForBudget() }
            waiting.withLock { $0 = wait }
            // The handler sets `stop` before it looks for the task, so one of the two always sees the other.
            if stop.current { wait.cancel() }
            let ready = (try? await wait.value) != nil
            waiting.withLock { $0 = nil }
            if !ready || stop.current {
                summary.interrupted = true
                break
            }
            let result = await perform(id)
            let record = AuditRecord(
                time: context.now(),
                catalog: catalog,
                id: id,
                action: action,
                reason: reason,
                outcome: result.outcome,
                requestId: result.requestId,
                errorCode: result.errorCode
            )
            do {
                try auditLog.append(record)
            } catch {
                // A decision that is not on record must not be reported as done, and no more should be made.
                console.line(resultLine(id: id, result: result))
                console.errorLine("error: \(error) Stopped; the line above is not in the audit log.")
                summary.failed += 1
                console.line(summary.line(verb: verb, catalog: catalog, auditPath: auditLog.fileURL.path))
                return ExitStatus.requestFailed
            }
            switch result.outcome {
            case .failed: summary.failed += 1
            case .alreadyRejected, .alreadyAccepted: summary.unchanged += 1
            case .acceptStarted where result.unconfirmed: summary.unconfirmed += 1
            case .rejected, .accepted, .acceptStarted: summary.succeeded += 1
            }
            console.line(resultLine(id: id, result: result))
        }
        if stop.current { summary.interrupted = true }
        console.line(summary.line(verb: verb, catalog: catalog, auditPath: auditLog.fileURL.path))
        return summary.exitCode
    }

    /// `engi-…  rejected` or `engi-…  failed  ConflictException: …`.
    func resultLine(id: String, result: BulkItemResult) -> String {
        var line = "\(TerminalText.quote(id))  \(result.outcome.rawValue)"
        if let detail = result.detail, !detail.isEmpty { line += "  \(detail)" }
        return line
    }
}
