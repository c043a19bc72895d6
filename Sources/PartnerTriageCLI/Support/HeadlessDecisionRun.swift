import PartnerCentral
import TriageCore
import TriageEffects

/// Runs `reject` or `accept` over ids without a screen: the core's run (one write at a time, the UI's pacing,
/// conflict rule and audit lines) driven by the effect runner, with each result printed as the core reports it and
/// a summary at the end.
///
/// SIGINT (Ctrl-C), SIGTERM and SIGHUP stop it as Esc stops the UI's run: a request still waiting for the write
/// budget is not sent, one already sent finishes, waiting for an accept task is given up at once (the task goes on
/// at AWS); the exit code is then 128 + the signal number.
struct HeadlessDecisionRun {
    let context: CommandContext
    let auditLog: AuditLog
    let decision: Decision
    let catalog: Catalog
    /// How accepts are followed (``AcceptFollowPolicy/waitForEach``, or ``AcceptFollowPolicy/startOnly`` for
    /// `--no-wait`).
    var acceptPolicy: AcceptFollowPolicy = .waitForEach

    /// Runs the decision for each id and returns the exit code.
    func run(ids: [String], service: any TriageService, destination: AuditDestination? = nil) async -> Int32 {
        let console = context.console
        let mailbox = HeadlessMailbox()
        let stop = StopSignal()
        let subscription = await context.signals.watch(UnixSignalWatching.endingSignals) { number in
            guard stop.stop(by: number) else { return }
            console.errorLine("Stopping: no new requests; waiting for the one in flight.")
            mailbox.post(.stopRun)
        }
        defer { subscription.cancel() }
        let log = auditLog
        let runner = EffectRunner(
            service: service, audit: { try log.append($0) }, destination: destination, clock: context.now,
            sleep: context.sleep)
        var (state, effects) = TriageState.headless(
            decision: decision, catalog: catalog, ids: ids, sessionNonce: context.makeClientToken(),
            acceptPolicy: acceptPolicy, now: context.now())
        var summary = BulkSummary(total: ids.count)
        var printed = 0
        var auditFailed = false
        var messages = mailbox.messages.makeAsyncIterator()
        while true {
            for effect in effects where effect != .quit { runner.start(effect, mailbox: mailbox) }
            for result in state.results[printed...] {
                summary.count(result.outcome)
                console.line(RunResultLine.line(for: result, catalog: catalog))
            }
            printed = state.results.count
            guard state.batch != nil, let message = await messages.next() else { break }
            effects = state.update(message)
            // The runner says so when an audit line could not be written: nothing more may be decided.
            if case .notice(let text, .error) = message {
                console.errorLine("error: \(text) Stopped.")
                auditFailed = true
                effects += state.update(.stopRun)
            }
        }
        runner.cancelAll()
        summary.stoppedBy = stop.signal
        console.line(summary.line(verb: decision.pastVerb, catalog: catalog.rawValue, auditPath: auditLog.fileURL.path))
        return auditFailed && summary.stoppedBy == nil ? ExitStatus.requestFailed : summary.exitCode
    }
}
