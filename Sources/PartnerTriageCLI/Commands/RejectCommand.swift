import ArgumentParser
import Foundation
import PartnerCentral
import TriageCore

/// `partner-triage reject`: reject invitations with one of the five documented reasons.
struct RejectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject invitations with one of the five documented reasons.",
        discussion: """
            Asks for confirmation on a terminal unless --yes is given, listing each invitation (id and title, read \
            first), the catalog and the credentials and account it is sent as; refuses without --yes when \
            standard input is not a terminal. Then waits --grace seconds with a countdown before sending. Prints one line per invitation as it finishes and a summary; requests are \
            paced to the service's write quota (1/s). Ctrl-C (or SIGTERM, SIGHUP) stops sending, waits for the \
            request in flight and exits 130 (143, 129). Every attempt is appended to the audit log \
            ($XDG_STATE_HOME/partner-triage/audit.jsonl, default ~/.local/state/partner-triage/audit.jsonl).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        help: "The catalog the invitations are in: AWS (production) or Sandbox (testing) (default: the config file's)."
    )
    var catalog: CatalogArgument?

    @Option(help: "Why you reject them: one of the five documented reasons, in any letter case.")
    var reason: RejectionReasonArgument

    @OptionGroup var decision: DecisionOptions

    @Option(
        help: ArgumentHelp(
            "Seconds to wait, counting down on standard error, before the first reject is sent; Ctrl-C during the "
                + "wait cancels with nothing sent (exit 130). Default: 5 after a confirmation at the terminal, 0 "
                + "with --yes.",
            valueName: "seconds"))
    var grace: Int?

    func validate() throws {
        try GraceWindowOption.validate(grace)
    }

    /// The wait before sending: `--grace`, else a few seconds for a person who just answered, none for a script.
    var graceSeconds: Int { grace ?? (decision.yes ? 0 : GraceWindowOption.interactiveSeconds) }

    func run() async throws {
        let context = try CommandContext.required
        let catalog = try context.catalog(catalog)
        let ids = try DecisionInput.ids(decision, context: context)
        let auditLog = try DecisionInput.auditLog(context: context)
        try Confirmation.requireAnswerable(
            verb: "reject", count: ids.count, assumeYes: decision.yes, context: context)

        let run = HeadlessDecisionRun(
            context: context, auditLog: auditLog, decision: .reject(reason.reason), catalog: catalog.catalog)
        let what = "\(ids.count) invitation\(ids.count == 1 ? "" : "s")"
        let code = try await context.withConnection(global) { connection in
            try await Confirmation.ask(
                heading: "Reject \(what):", details: ["Reason: \(reason.rawValue)"], ids: ids, catalog: catalog,
                connection: connection, assumeYes: decision.yes, context: context)
            let countdown = GraceCountdown(seconds: graceSeconds, context: context)
            if case .cancelled(let signal) = await countdown.wait("Rejecting \(what)") {
                throw GraceCountdown.cancellation(by: signal)
            }
            return await run.run(ids: ids, service: connection.service, destination: connection.auditDestination)
        }
        if code != ExitStatus.success { throw ExitCode(code) }
    }
}
