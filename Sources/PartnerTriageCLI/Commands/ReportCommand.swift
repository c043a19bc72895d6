import ArgumentParser
import Foundation
import PartnerCentral
import TriageEffects

/// `partner-triage report`: what was decided over a window, per catalog, from the audit log and the list.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report decisions per catalog: accepted, rejected by reason, expired unanswered, time to decide.",
        discussion: """
            Decisions come from the audit log ($XDG_STATE_HOME/partner-triage/audit.jsonl, default \
            ~/.local/state/partner-triage/audit.jsonl): each invitation's last reject or accept counts once, and \
            decisions sent to another endpoint are left out. Expired invitations and invitation dates come from \
            ListEngagementInvitations. Without --catalog: the config file's catalog, else every catalog the log \
            names in the window.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The catalog to report: AWS (production) or Sandbox (testing).")
    var catalog: CatalogArgument?

    @Option(
        help: ArgumentHelp(
            "The window's start: a span back from now (30d, 12h) or a UTC date or time (2026-01-01, "
                + "2026-01-01T09:00:00Z).",
            valueName: "when"))
    var since: SinceArgument = .ago(seconds: 30 * 86_400, text: "30d")

    @Option(help: "How to print: table, json or csv (default: table on a terminal, else json).")
    var output: ReportOutputFormat?

    func run() async throws {
        let context = try CommandContext.required
        let now = context.now()
        let start = since.start(now: now)
        guard start < now else {
            throw CLIError.usage("--since is in the future: give a span like 30d or a past date.")
        }
        let records: [AuditRecord]
        do {
            records = try AuditLog(environment: context.environment).records()
        } catch {
            throw CLIError.usage("Cannot read the audit log: \(error)")
        }
        let catalogs = try catalogs(records: records, since: start, now: now, context: context)
        let reports = try await context.withConnection(global) { connection in
            var reports: [DecisionReport] = []
            for catalog in catalogs {
                let invitations = try await Self.allInvitations(catalog, service: connection.service)
                reports.append(
                    DecisionReport(
                        catalog: catalog, records: records, invitations: invitations, since: start, now: now,
                        endpoint: connection.auditDestination?.endpoint))
            }
            return reports
        }
        switch output ?? (context.stdoutIsTerminal ? .table : .json) {
        case .table: context.console.write(ReportOutput.table(reports, since: start, now: now))
        case .json: context.console.write(ReportOutput.json(reports, since: start, now: now))
        case .csv: context.console.write(ReportOutput.csv(reports, since: start, now: now))
        }
    }
}

extension ReportCommand {
    /// `--catalog`, else the config file's, else those the log's decisions in the window name.
    func catalogs(records: [AuditRecord], since: Date, now: Date, context: CommandContext) throws -> [Catalog] {
        if let catalog { return [catalog.catalog] }
        if let configured = context.configuration.catalog { return [configured] }
        let named = Set(
            records.filter { record in
                AuditRecordTime.date(record.time).map { $0 >= since && $0 <= now } ?? false
            }.compactMap { Catalog(rawValue: $0.catalog) })
        guard !named.isEmpty else {
            throw CLIError.usage(
                "No decisions in the audit log since \(AuditRecordTime.format(since)); give --catalog to report a "
                    + "catalog's expired invitations.")
        }
        return Catalog.allCases.filter(named.contains)
    }

    /// Every invitation of `catalog`, all statuses and pages (bounded as `list` is).
    static func allInvitations(_ catalog: Catalog, service: any TriageService) async throws
        -> [EngagementInvitationSummary]
    {
        var request = ListEngagementInvitationsRequest(
            catalog: catalog.rawValue, maxResults: 100, participantType: .receiver)
        var invitations: [EngagementInvitationSummary] = []
        for _ in 0..<ListCommand.maxPages {
            let page = try await service.listPage(request, priority: .foreground)
            invitations += page.engagementInvitationSummaries ?? []
            guard let token = page.nextToken, !token.isEmpty, invitations.count < ListCommand.maxRows else {
                return invitations
            }
            request.nextToken = token
        }
        throw CLIError.requestFailed(
            "stopped after \(ListCommand.maxPages) pages: the service kept sending NextToken.")
    }
}
