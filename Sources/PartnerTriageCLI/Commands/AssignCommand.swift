import ArgumentParser
import Foundation
import PartnerCentral
import TriageCore
import TriageEffects

/// `partner-triage assign`: hands accepted opportunities to a colleague from the config file's roster.
struct AssignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign accepted opportunities to a colleague from the config file's [[roster]].",
        discussion: """
            Sends AssignOpportunity for each opportunity (O…), one a second within the write quota, to the person \
            --to names (a roster name or email; the service has no API that lists users). Asks for confirmation on \
            a terminal unless --yes is given. Every attempt is appended to the audit log. Ctrl-C (or SIGTERM, \
            SIGHUP) stops sending, lets the request in flight finish and exits 130 (143, 129).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Opportunity ids (O followed by digits).", valueName: "opportunity-id"))
    var ids: [String] = []

    @Option(help: "The catalog: AWS (production) or Sandbox (testing) (default: the config file's).")
    var catalog: CatalogArgument?

    @Option(name: .customLong("to"), help: ArgumentHelp("Who they go to: a roster name or email.", valueName: "name"))
    var person: String

    @Flag(help: "Assign without asking.")
    var yes = false

    func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("Name at least one opportunity id (O…).") }
        for id in ids where id.range(of: #"^O[0-9]{1,19}$"#, options: .regularExpression) == nil {
            throw ValidationError("Invalid opportunity id '\(TerminalText.quote(id))': expected O and 1 to 19 digits.")
        }
    }

    func run() async throws {
        let context = try CommandContext.required
        let catalog = try context.catalog(catalog).catalog
        let roster = context.configuration.roster
        guard let chosen = Self.person(named: person, in: roster) else {
            let names = roster.map(\.name).joined(separator: ", ")
            throw CLIError.usage(
                roster.isEmpty
                    ? "No roster: add [[roster]] entries (name, email, first_name, last_name) to the config file."
                    : "No one called '\(TerminalText.quote(person))' in the roster; it has \(names).")
        }
        let unique = ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        try Confirmation.requireAnswerable(verb: "assign", count: unique.count, assumeYes: yes, context: context)
        let auditLog = try DecisionInput.auditLog(context: context)
        let log = auditLog
        let assumeYes = yes
        let (failures, stoppedBy) = try await context.withConnection(global) { connection in
            if !assumeYes {
                let listed = unique.prefix(Confirmation.listedInvitations).map { "  • \($0)" }
                let more = unique.count > listed.count ? ["  … and \(unique.count - listed.count) more"] : []
                let summary =
                    ["Assign \(unique.count) opportunit\(unique.count == 1 ? "y" : "ies") to \(chosen.label):"] + listed
                    + more + [Confirmation.catalogLine(catalog == .aws ? .aws : .sandbox)]
                    + Confirmation.identityLines(connection.auditDestination)
                try Confirmation.requireYes(summary, context: context)
            }
            // Ctrl-C, SIGTERM or SIGHUP: nothing new is sent; the assign in flight finishes and is audited.
            let stop = StopSignal()
            let console = context.console
            let subscription = await context.signals.watch(UnixSignalWatching.endingSignals) { number in
                if stop.stop(by: number) {
                    console.errorLine("Stopping: no new requests; waiting for the one in flight.")
                }
            }
            defer { subscription.cancel() }
            var failures = 0
            for id in unique {
                if let signal = stop.signal {
                    context.console.line("Stopped by signal \(signal): \(id) and the rest were not sent.")
                    return (failures, Optional(signal))
                }
                let outcome = await AssignmentSender.send(
                    catalog: catalog, opportunityID: id, person: chosen, service: connection.service,
                    audit: { try log.append($0) }, destination: connection.auditDestination, clock: context.now)
                switch outcome {
                case .assigned: context.console.line("Assigned \(id) to \(chosen.label)")
                case .failed(let message), .notSent(let message), .unknown(let message):
                    failures += 1
                    context.console.line("Failed \(id): \(TerminalSafeLine.clean(message))")
                }
            }
            return (failures, stop.signal)
        }
        context.console.line("Audit log: \(auditLog.fileURL.path)")
        if let stoppedBy { throw ExitCode(128 + stoppedBy) }
        if failures > 0 { throw ExitCode(ExitStatus.requestFailed) }
    }

    /// The roster entry `name` names: its name or email, ignoring case.
    static func person(named name: String, in roster: [RosterPerson]) -> RosterPerson? {
        let wanted = name.lowercased()
        return roster.first { $0.name.lowercased() == wanted || $0.email.lowercased() == wanted }
    }
}
