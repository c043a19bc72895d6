import ArgumentParser
import PartnerCentral
import TriageCore
import TriageEffects

/// `partner-triage duplicates`: the partner's own opportunities that an invitation may duplicate.
struct DuplicatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duplicates",
        abstract: "Find your own opportunities that invitations may duplicate (same customer and project).",
        discussion: """
            For each invitation (the ids given, else every pending one), reads its customer and project title and \
            looks the customer up with ListOpportunities; matches are on the customer's name and the project \
            title, ignoring case, punctuation and legal forms such as Inc, GmbH or KK. A LIKELY match is the reason \
            `Duplicate of partner referral` exists. Reads only; nothing is changed.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("Invitation ids (engi-…) or ARNs; without any, every pending invitation.", valueName: "id"))
    var ids: [String] = []

    @Option(help: "The catalog: AWS (production) or Sandbox (testing) (default: the config file's).")
    var catalog: CatalogArgument?

    @Option(help: "How to print: table or json (default: table on a terminal, else json).")
    var output: DuplicatesOutputFormat?

    func validate() throws {
        for id in ids where !ModelPattern.invitationIdentifier.matches(id) {
            throw ValidationError(
                "Invalid invitation id '\(TerminalText.quote(id))': expected engi- and 13 lowercase letters or "
                    + "digits, or an invitation ARN.")
        }
    }

    func run() async throws {
        let context = try CommandContext.required
        let format = output ?? (context.stdoutIsTerminal ? .table : .json)
        let catalog = try context.catalog(catalog)
        let wanted = ids
        let reports = try await context.withService(global) { service in
            try await Self.reports(ids: wanted, catalog: catalog.catalog, service: service)
        }
        switch format {
        case .table: context.console.write(DuplicateReport.table(reports).joined(separator: "\n") + "\n")
        case .json: context.console.write(PythonJSONWriter.pretty(DuplicateReport.json(reports)) + "\n")
        }
    }

    /// The reports of `ids` (or every pending invitation), each customer looked up once.
    static func reports(ids: [String], catalog: Catalog, service: any TriageService) async throws -> [DuplicateReport] {
        var targets = ids
        if targets.isEmpty {
            var token: String?
            repeat {
                let query = ListQuery(status: .pending, pageSize: 100)
                let page = try await service.listPage(
                    query.request(catalog: catalog, token: token), priority: .foreground)
                targets += (page.engagementInvitationSummaries ?? []).compactMap(\.id)
                token = page.nextToken
            } while !(token?.isEmpty ?? true)
        }
        var pipelines: [String: [PipelineOpportunity]] = [:]
        var reports: [DuplicateReport] = []
        for id in targets {
            let invitation = try await service.getInvitation(
                GetEngagementInvitationRequest(catalog: catalog.rawValue, identifier: id), priority: .foreground)
            let details = InvitationDetails(invitation: invitation, timeZone: .current)
            var matches: [DuplicateMatch] = []
            if let customer = details.customerCompany, let key = NameNormaliser.companyKey(customer) {
                if pipelines[key] == nil {
                    pipelines[key] = try await EffectRunner.findPipeline(
                        catalog: catalog, customer: customer, key: key, service: service)
                }
                matches = DuplicateMatch.matches(
                    customer: customer, title: details.projectTitle ?? details.title, in: pipelines[key] ?? [])
            }
            reports.append(
                DuplicateReport(id: id, title: details.title, customer: details.customerCompany, matches: matches))
        }
        return reports
    }
}
