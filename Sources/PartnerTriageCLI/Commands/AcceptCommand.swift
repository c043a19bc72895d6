import ArgumentParser
import Foundation
import PartnerCentral
import TriageCore

/// `partner-triage accept`: accept invitations through the accept task, waiting for each task's end.
struct AcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Accept invitations: start the accept task and wait until it completes.",
        discussion: """
            An opportunity invitation is accepted with StartEngagementByAcceptingInvitationTask, which creates \
            the opportunity in your account; unless --no-wait is given, the command waits for the task's end \
            (ListEngagementByAcceptingInvitationTasks) and prints the opportunity id. A lead invitation is \
            accepted with AcceptEngagementInvitation, as AWS's lead-to-opportunity guide does, and the lead's \
            contact is printed from its engagement (GetEngagement) once AWS shares it. Confirmation, pacing, \
            Ctrl-C and the audit log work as for reject.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        help: "The catalog the invitations are in: AWS (production) or Sandbox (testing) (default: the config file's)."
    )
    var catalog: CatalogArgument?

    @Flag(name: .customLong("no-wait"), help: "Report each task as started without waiting for it to finish.")
    var noWait = false

    @OptionGroup var decision: DecisionOptions

    func run() async throws {
        let context = try CommandContext.required
        let catalog = try context.catalog(catalog)
        let ids = try DecisionInput.ids(decision, context: context)
        let auditLog = try DecisionInput.auditLog(context: context)
        try Confirmation.requireAnswerable(
            verb: "accept", count: ids.count, assumeYes: decision.yes, context: context)

        let run = HeadlessDecisionRun(
            context: context, auditLog: auditLog, decision: .accept, catalog: catalog.catalog,
            acceptPolicy: noWait ? .startOnly : .waitForEach)
        let heading = "Accept \(ids.count) invitation\(ids.count == 1 ? "" : "s") (each creates an opportunity):"
        let code = try await context.withConnection(global) { connection in
            try await Confirmation.ask(
                heading: heading, ids: ids, catalog: catalog, connection: connection, assumeYes: decision.yes,
                context: context)
            return await run.run(ids: ids, service: connection.service, destination: connection.auditDestination)
        }
        if code != ExitStatus.success { throw ExitCode(code) }
    }
}
