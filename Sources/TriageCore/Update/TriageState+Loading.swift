import Foundation
import PartnerCentral

// MARK: - Pages and details

extension TriageState {
    /// Starts a fresh load of the list: a new generation (so late pages of the old one are ignored), the first
    /// page in the foreground, and queued background reads dropped.
    mutating func reload() -> [TriageEffect] {
        guard let catalog else { return [] }
        generation += 1
        clearLoadedRows()
        nextToken = nil
        pagesLoaded = 0
        isLoadingFirstPage = true
        isLoadingMore = false
        listError = nil
        stagedRows = nil
        nextWatchReload = nil
        fillNext = 0
        // Reload means "fresh data": forget cached details, and the background reads the runner will drop.
        details = details.filter { id, entry in entry == .loading && !backgroundDetails.contains(id) }
        backgroundDetails = []
        rowFacts = [:]
        // A lookup the runner drops with the background work would stay "loading" for the session.
        pipeline = pipeline.filter { $0.value != .loading }
        recomputeVisible()
        cursor = 0
        scrollOffset = 0
        return [
            .cancelBackground,
            .listPage(catalog: catalog, query: query, token: nil, generation: generation, priority: .foreground),
        ]
    }

    mutating func pageLoaded(
        catalog: Catalog, generation: Int, summaries: [EngagementInvitationSummary], nextToken: String?
    ) -> [TriageEffect] {
        guard catalog == self.catalog, generation == self.generation else { return [] }
        if stagedRows != nil { return stagedPageLoaded(catalog: catalog, summaries: summaries, nextToken: nextToken) }
        let isFirst = isLoadingFirstPage
        isLoadingFirstPage = false
        let selectedID = selectedRow?.id
        // Unfiltered, the visible rows share the loaded rows' storage; letting go of it first lets the page append
        // in place instead of copying every loaded row.
        visibleRows = []
        let rows = summaries.map { InvitationRow(summary: $0, timeZone: timeZone) }
        for row in rows { storeLoadedRow(row) }
        recomputeVisible(keepingSelection: selectedID)
        if isFirst {
            cursor = 0
            scrollOffset = 0
            clampCursor()
        }
        pagesLoaded += 1
        var effects = noteArrivals(rows)
        let capped = pagesLoaded >= TriageState.maxPages || invitations.count >= TriageState.maxRows
        if let nextToken, !nextToken.isEmpty, capped {
            self.nextToken = nil
            isLoadingMore = false
            show(
                "Stopped after \(pagesLoaded) pages (\(invitations.count) invitations): the service kept sending "
                    + "NextToken; narrow the list with f (status) or t (type).", .warning)
            loadFinished()
        } else if let nextToken, !nextToken.isEmpty {
            self.nextToken = nextToken
            isLoadingMore = true
            effects.append(
                .listPage(
                    catalog: catalog, query: query, token: nextToken, generation: generation, priority: .background)
            )
        } else {
            self.nextToken = nil
            isLoadingMore = false
            loadFinished()
        }
        return effects + detailsEffects()
    }

    /// The most pages one load reads.
    public static let maxPages = 1_000
    /// Loading stops once this many rows are loaded.
    public static let maxRows = 100_000

    mutating func pageFailed(catalog: Catalog, generation: Int, message: String) -> [TriageEffect] {
        guard catalog == self.catalog, generation == self.generation else { return [] }
        isLoadingFirstPage = false
        isLoadingMore = false
        let text = TerminalSafe.clean(message)
        if stagedRows != nil {
            // A watch reload that fails leaves the rows as they were; the next turn tries again.
            stagedRows = nil
            loadFinished()
            show("Could not refresh the list: \(text) · showing what was loaded before", .warning)
            return []
        }
        listError = text
        show("Could not load invitations: \(text) · R to retry", .error)
        return []
    }

    /// The reads the current position needs: the shown details in the foreground, then neighbours in the
    /// background, never more than ``maxBackgroundDetails`` background reads in flight.
    mutating func detailsEffects() -> [TriageEffect] {
        guard let catalog else { return [] }
        var effects: [TriageEffect] = []
        // A shown row still waiting on a prefetch is asked for again in the foreground, so it is not stuck behind
        // background work; the runner may coalesce it with the queued background read of the same id.
        if let id = shownDetailsID, needsFetch(id, foreground: true) || backgroundDetails.contains(id) {
            details[id] = .loading
            backgroundDetails.remove(id)
            effects.append(.getInvitation(catalog: catalog, id: id, priority: .foreground))
        }
        var candidates: [String] = []
        if shownDetailsID == nil, let selected = selectedRow { candidates.append(selected.id) }
        for offset in TriageState.prefetchOffsets {
            let index = cursor + offset
            if visibleRows.indices.contains(index) { candidates.append(visibleRows[index].id) }
        }
        for id in candidates where backgroundDetails.count < TriageState.maxBackgroundDetails {
            guard needsFetch(id, foreground: false) else { continue }
            details[id] = .loading
            backgroundDetails.insert(id)
            effects.append(.getInvitation(catalog: catalog, id: id, priority: .background))
        }
        return effects + fillEffects(catalog: catalog)
    }

    /// Foreground reads retry a failed entry; background ones only fill gaps.
    private func needsFetch(_ id: String, foreground: Bool) -> Bool {
        switch details[id] {
        case .none: true
        case .failed: foreground
        case .loading, .loaded: false
        }
    }

    mutating func detailsLoaded(catalog: Catalog, id: String, invitation: EngagementInvitation) -> [TriageEffect] {
        // An answer about another invitation must never be shown beside this row, or a decision taken on what the
        // screen shows would be sent for a different invitation.
        if let mismatch = InvitationIdentity.mismatch(
            requested: id, answeredID: invitation.id, answeredARN: invitation.arn)
        {
            return detailsFailed(catalog: catalog, id: id, message: mismatch)
        }
        backgroundDetails.remove(id)
        guard catalog == self.catalog else { return [] }
        var loaded = InvitationDetails(invitation: invitation, timeZone: timeZone)
        // Statuses only ever leave PENDING; a read that started before a local reject or accept finished must
        // not put the row back to PENDING.
        let known = loadedRow(id)?.status
        if let known, known != .pending, invitation.status == .pending {
            loaded.status = known
            loaded.statusLabel = InvitationRow.label(for: known)
        } else if let status = invitation.status {
            updateRow(id) { $0.setStatus(status) }
        }
        details[id] = .loaded(loaded)
        storeFacts(loaded)
        return pipelineEffects(for: loaded) + detailsLoadedContinued(id: id, loaded: loaded)
    }

    /// The rest of a details arrival: a read-first run goes on, a refresh after a conflict reports, the fill tops up.
    private mutating func detailsLoadedContinued(id: String, loaded: InvitationDetails) -> [TriageEffect] {
        if batch?.readingFirst == true, batch?.inFlight?.id == id { return continueAfterRead(id: id) }
        if refreshing.remove(id) != nil {
            // The failure that asked for this refresh is explained now: the row shows its real status, and a row
            // that is no longer pending has nothing left to retry.
            if loaded.status != .pending {
                rowActivity[id] = nil
                tagged.remove(id)
                show("Not changed: “\(loaded.title)” is already \(loaded.statusLabel).", .warning)
            } else {
                show("“\(loaded.title)” is still \(loaded.statusLabel).", .warning)
            }
        }
        return detailsEffects()
    }

    mutating func detailsFailed(catalog: Catalog, id: String, message: String) -> [TriageEffect] {
        let wasBackground = backgroundDetails.remove(id) != nil
        guard catalog == self.catalog else { return [] }
        let text = TerminalSafe.clean(message)
        details[id] = .failed(text)
        if batch?.readingFirst == true, batch?.inFlight?.id == id { return continueAfterRead(id: id) }
        if refreshing.remove(id) != nil {
            show("Could not refresh \(TerminalSafe.clean(id)): \(text)", .warning)
        }
        return wasBackground ? detailsEffects() : []
    }
}
