import Foundation
import PartnerCentral
import TriageEffects

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one decision per invitation, one at a time (the client paces writes to the quota), printing a result line
/// as each finishes and a summary at the end.
///
/// Before each request is sent an `attempting` line is appended to the audit log and flushed, and after it the
/// outcome line, before the result is printed; so after any crash, even `kill -9`, the log tells for every
/// invitation whether it was sent. Individual failures do not stop the run. SIGINT (Ctrl-C), SIGTERM and SIGHUP
/// stop sending: a request still waiting for the write budget is not sent, one already sent finishes (waiting for
/// an accept task to end is given up at once: the task goes on at AWS), then the summary is printed and the exit
/// code is 128 + the signal number (130 after Ctrl-C).
struct BulkRun {
    /// The signals that stop a run.
    static let stopSignals = UnixSignalWatching.endingSignals

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
    ///   - waitForBudget: returns when the next request could go out at once (the client's write pacing); a stop
    ///     cancels this wait, so the request it was for is never sent.
    ///   - perform: sends one request; waiting it does after sending (following an accept task) goes through
    ///     the stop's ``BulkStop/interruptible(_:)``.
    func run(
        ids: [String],
        waitForBudget: @escaping @Sendable () async throws -> Void,
        perform: @Sendable (String, BulkStop) async -> BulkItemResult
    ) async -> Int32 {
        let stop = BulkStop()
        let console = context.console
        let subscription = await context.signals.watch(Self.stopSignals) { number in
            if stop.stop(by: number) {
                console.errorLine("Stopping: no new requests; waiting for the one in flight.")
            }
        }
        defer { subscription.cancel() }

        var summary = BulkSummary(total: ids.count)
        func finish(_ code: Int32? = nil) -> Int32 {
            summary.stoppedBy = stop.signal
            console.line(summary.line(verb: verb, catalog: catalog, auditPath: auditLog.fileURL.path))
            return code ?? summary.exitCode
        }
        for id in ids {
            let ready = (try? await stop.interruptible(waitForBudget)) != nil
            if !ready || stop.signal != nil { break }
            do {
                try auditLog.append(record(id: id, outcome: .attempting))
            } catch {
                console.errorLine("error: \(error) Stopped; \(TerminalText.quote(id, limit: .max)) was not sent.")
                return finish(ExitStatus.requestFailed)
            }
            let result = await perform(id, stop)
            do {
                try auditLog.append(
                    record(id: id, outcome: result.outcome, requestId: result.requestId, errorCode: result.errorCode))
            } catch {
                // A decision that is not on record must not be reported as done, and no more should be made.
                console.line(resultLine(id: id, result: result))
                console.errorLine("error: \(error) Stopped; the line above is not in the audit log.")
                summary.count(result)
                return finish(ExitStatus.requestFailed)
            }
            summary.count(result)
            console.line(resultLine(id: id, result: result))
        }
        return finish()
    }

    private func record(id: String, outcome: AuditOutcome, requestId: String? = nil, errorCode: String? = nil)
        -> AuditRecord
    {
        AuditRecord(
            time: context.now(), catalog: catalog, id: id, action: action, reason: reason, outcome: outcome,
            requestId: requestId, errorCode: errorCode)
    }

    /// `engi-…  rejected` or `engi-…  failed  ConflictException: …`; the id is never shortened (ids were checked
    /// against the model's pattern, and two ARNs can differ only at their end).
    func resultLine(id: String, result: BulkItemResult) -> String {
        var line = "\(TerminalText.quote(id, limit: .max))  \(result.outcome.rawValue)"
        if let detail = result.detail, !detail.isEmpty { line += "  \(detail)" }
        return line
    }
}
