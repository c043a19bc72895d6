import ArgumentParser
import PartnerCentral
import TriageCore

/// `partner-triage list`: every invitation in a catalog, all pages.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the invitations you received in a catalog, all pages.",
        discussion: """
            --output json prints exactly what `aws partnercentral-selling list-engagement-invitations` prints, \
            pages merged. --output ids prints one id per line, for `reject --from-file -`. --new prints only the \
            invitations no earlier `list --new` printed and remembers them (seen-<catalog>.json beside the audit \
            log), so a cron job reports each invitation once.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The catalog to list: AWS (production) or Sandbox (testing) (default: the config file's).")
    var catalog: CatalogArgument?

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

    @Flag(
        name: .customLong("new"),
        help: "Only invitations not printed by an earlier --new run, and remember these as printed (for cron jobs).")
    var onlyNew = false

    /// The request for the first page in `catalog` (the flag's, else the config file's); each next page's request
    /// carries its `NextToken`.
    func request(catalog: CatalogArgument) -> ListEngagementInvitationsRequest {
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

    /// The most pages and rows one run reads: a service that keeps sending `NextToken` must not fill memory or run
    /// for ever.
    static let maxPages = 1_000
    static let maxRows = 100_000

    func run() async throws {
        let context = try CommandContext.required
        let format = output ?? (context.stdoutIsTerminal ? .table : .json)
        let catalog = try context.catalog(catalog)
        let request = self.request(catalog: catalog)
        let console = context.console
        let seenStore: SeenInvitations?
        var seen: Set<String> = []
        do {
            seenStore = onlyNew ? try SeenInvitations(environment: context.environment, catalog: catalog.catalog) : nil
            seen = try seenStore?.load() ?? []
        } catch {
            throw CLIError.usage("\(error) Nothing was listed.")
        }
        // With --new, a row is printed when its id was never printed before; a row without an id cannot be
        // remembered, so it would come back every run and is left out.
        func isShown(_ id: String?) -> Bool { !onlyNew || id.map { !seen.contains($0) } ?? false }
        var printedNew: [String] = []
        var shown = 0
        // Each page is written as it arrives, so memory does not grow with the list.
        var json = AWSCLIOutput.ListStream(escapingTerminalControls: context.stdoutIsTerminal)
        var table = InvitationTable.Stream()
        var pages = 0
        var rows = 0
        var refusedIDs = 0
        var stopped = false
        var failure: (any Error)?
        do {
            try await context.withService(global) { service in
                var request = request
                // Pages of 100, as the client's paginator asks for.
                request.maxResults = request.maxResults ?? 100
                // Decodes and prints one page; the page is consumed, so its rows and JSON are freed before the wait
                // for the next page rather than after it.
                func write(_ read: consuming ListEngagementInvitationsPage) {
                    let page = read.response
                    let summaries = (page.engagementInvitationSummaries ?? []).filter { isShown($0.id) }
                    shown += summaries.count
                    if onlyNew {
                        let ids = summaries.compactMap(\.id)
                        printedNew += ids
                        seen.formUnion(ids)
                    }
                    switch format {
                    case .json:
                        // This page's ids are already in `seen`, so the JSON rows are kept by this page's own ids.
                        let keep = Set(summaries.compactMap(\.id))
                        console.write(json.page(page, including: { !onlyNew || $0.map(keep.contains) ?? false }))
                    case .ids:
                        // An id is printed verbatim (for `reject --from-file -`) or not at all: one that does not match
                        // the model's pattern, or that holds a control, C1 or bidi character, is refused.
                        for id in summaries.compactMap(\.id) {
                            if ModelPattern.invitationIdentifier.matches(id) && !TerminalSafe.containsUnsafe(id) {
                                console.line(id)
                            } else {
                                refusedIDs += 1
                            }
                        }
                    case .table:
                        let lines = table.lines(for: summaries)
                        if !summaries.isEmpty { console.write(lines.joined(separator: "\n") + "\n") }
                    }
                }
                var page = try await service.readListPage(request, priority: .foreground)
                while true {
                    pages += 1
                    rows += page.rowCount
                    let more = page.nextToken.map { !$0.isEmpty } ?? false
                    stopped = more && (pages >= ListCommand.maxPages || rows >= ListCommand.maxRows)
                    request.nextToken = page.nextToken
                    let nextRequest = more && !stopped ? request : nil
                    // The next page is asked for before this one is decoded and written, so both overlap the round
                    // trip and a long list costs little more than its requests.
                    async let following = nextRequest.asyncMap {
                        try await service.readListPage($0, priority: .foreground)
                    }
                    write(consume page)
                    guard let next = try await following else { break }
                    page = next
                }
            }
        } catch {
            failure = error
        }
        // What was printed is remembered even when a later page failed, so it is not printed again.
        if let seenStore, !printedNew.isEmpty {
            do { try seenStore.record(printedNew) } catch {
                console.errorLine("error: \(error) These invitations will be printed as new again.")
                if let failure { throw failure }
                throw CLIError.requestFailed("the list was printed but not remembered.")
            }
        }
        if let failure { throw failure }
        switch format {
        case .json: console.write(json.end())
        case .table where shown == 0 && onlyNew: console.line("No new invitations in \(catalog.rawValue).")
        case .table where shown == 0: console.line("No invitations in \(catalog.rawValue) match.")
        case .ids, .table: break
        }
        if refusedIDs > 0 {
            console.errorLine(
                "warning: \(refusedIDs) invitation id\(refusedIDs == 1 ? "" : "s") not printed: not a valid id, or "
                    + "holding control characters.")
        }
        if stopped {
            throw CLIError.requestFailed(
                "stopped after \(pages) pages and \(rows) rows: the service kept sending NextToken; narrow the list "
                    + "with --status or --type.")
        }
    }
}

extension Optional where Wrapped: Sendable {
    /// `map` for an asynchronous transform.
    fileprivate func asyncMap<Result: Sendable>(
        _ transform: (Wrapped) async throws -> Result
    ) async rethrows -> Result? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
