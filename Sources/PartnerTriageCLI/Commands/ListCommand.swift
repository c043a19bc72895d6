import ArgumentParser
import PartnerCentral

/// `partner-triage list`: every invitation in a catalog, all pages.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the invitations you received in a catalog, all pages.",
        discussion: """
            --output json prints exactly what `aws partnercentral-selling list-engagement-invitations` prints, \
            pages merged. --output ids prints one id per line, for `reject --from-file -`.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The catalog to list: AWS (production) or Sandbox (testing).")
    var catalog: CatalogArgument

    @Option(
        name: .customLong("status"),
        help: "Only invitations with this status; repeat the option for several."
    )
    var statuses: [StatusArgument] = []

    @Option(name: .customLong("type"), help: "Only opportunity or only lead invitations.")
    var payloadType: PayloadTypeArgument?

    @Option(help: "Order by invitation date: newest or oldest first (default: the service's, newest first).")
    var sort: SortArgument?

    @Option(help: "How to print: json, table or ids (default: table on a terminal, else json).")
    var output: ListOutputFormat?

    /// The request for the first page; the client's paginator carries `NextToken`.
    var request: ListEngagementInvitationsRequest {
        var unique: [StatusArgument] = []
        for status in statuses where !unique.contains(status) { unique.append(status) }
        return ListEngagementInvitationsRequest(
            catalog: catalog.rawValue,
            sort: sort?.sort,
            payloadType: payloadType.map { [$0.payloadType] },
            participantType: .receiver,
            status: unique.isEmpty ? nil : unique.map(\.status)
        )
    }

    func run() async throws {
        let context = try CommandContext.required
        let format = output ?? (context.stdoutIsTerminal ? .table : .json)
        let request = self.request
        let pages = try await context.withService(global) { try await $0.listAllPages(request) }
        let summaries = pages.flatMap { $0.engagementInvitationSummaries ?? [] }
        switch format {
        case .json:
            context.console.write(AWSCLIOutput.list(pages: pages))
        case .ids:
            // Ids match the model's identifier pattern (no control characters); anything else is not printed.
            for id in summaries.compactMap(\.id) where ModelPattern.invitationIdentifier.matches(id) {
                context.console.line(id)
            }
        case .table:
            if summaries.isEmpty {
                context.console.line("No invitations in \(catalog.rawValue) match.")
            } else {
                context.console.write(InvitationTable.render(summaries).joined(separator: "\n") + "\n")
            }
        }
    }
}
