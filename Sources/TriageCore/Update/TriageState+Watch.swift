import Foundation
import PartnerCentral

// MARK: - Watch mode and new invitations

extension TriageState {
    /// Starts the new-invitation bookkeeping over for the current catalog, from its earlier sessions' ids.
    mutating func resetKnownIDs() {
        let seen = catalog.flatMap { settings.seenBefore[$0] }
        knownIDs = seen ?? []
        canMarkNew = seen != nil
        newIDs = []
    }

    /// Marks the rows of a page that were never shown before, and records them as shown.
    mutating func noteArrivals(_ rows: [InvitationRow]) -> [TriageEffect] {
        guard let catalog else { return [] }
        var fresh: [String] = []
        for row in rows where !row.id.isEmpty && !knownIDs.contains(row.id) {
            knownIDs.insert(row.id)
            fresh.append(row.id)
            if canMarkNew { newIDs.insert(row.id) }
        }
        return fresh.isEmpty ? [] : [.rememberSeen(catalog: catalog, ids: fresh)]
    }

    /// A load finished: from now on arrivals count as new, and watch mode waits for its next turn.
    mutating func loadFinished() {
        canMarkNew = true
        nextWatchReload = settings.refreshSeconds.map { now.addingTimeInterval(TimeInterval($0)) }
    }

    /// On a tick: when watch mode is due and nothing is being decided, reload behind the current rows.
    mutating func watchTick() -> [TriageEffect] {
        guard let due = nextWatchReload, now >= due, let catalog else { return [] }
        // A reload while a decision is being made would move rows under the user's hands; try again next turn.
        if (batch.map { !$0.isFinished } ?? false) || grace != nil {
            nextWatchReload = now.addingTimeInterval(TimeInterval(settings.refreshSeconds ?? 60))
            return []
        }
        if stack.contains(where: \.isModal) { return [] }
        nextWatchReload = nil
        generation += 1
        stagedRows = []
        pagesLoaded = 0
        isLoadingMore = true
        return [.listPage(catalog: catalog, query: query, token: nil, generation: generation, priority: .background)]
    }

    /// A page of a watch reload: kept aside until the last one, then swapped in keeping the selection, the
    /// details of rows still listed, and the local outcomes.
    mutating func stagedPageLoaded(
        catalog: Catalog, summaries: [EngagementInvitationSummary], nextToken: String?
    ) -> [TriageEffect] {
        stagedRows?.append(contentsOf: summaries.map { InvitationRow(summary: $0, timeZone: timeZone) })
        pagesLoaded += 1
        let capped = pagesLoaded >= TriageState.maxPages || (stagedRows?.count ?? 0) >= TriageState.maxRows
        if let nextToken, !nextToken.isEmpty, !capped {
            return [
                .listPage(
                    catalog: catalog, query: query, token: nextToken, generation: generation, priority: .background)
            ]
        }
        let rows = stagedRows ?? []
        stagedRows = nil
        isLoadingMore = false
        let selectedID = selectedRow?.id
        let newBefore = newIDs.count
        let kept = Set(rows.map(\.id))
        let previous = invitations
        clearLoadedRows()
        for row in rows { storeLoadedRow(row) }
        // A row decided here but not yet listed as decided by the service stays, with its local status.
        // A row decided here is no longer listed as pending; it stays, with its outcome, until a reload by hand.
        for row in previous where !kept.contains(row.id) && !row.isPending && query.status == .pending {
            storeLoadedRow(row)
        }
        details = details.filter { kept.contains($0.key) || $0.value == .loading }
        rowFacts = rowFacts.filter { kept.contains($0.key) }
        fillNext = 0
        newIDs = newIDs.filter { loadedIndex[$0] != nil }
        recomputeVisible(keepingSelection: selectedID)
        var effects = noteArrivals(rows)
        loadFinished()
        let arrived = newIDs.count - newBefore
        if arrived > 0 {
            show("\(arrived) new invitation\(arrived == 1 ? "" : "s") since the last reload.", .info)
            if settings.bell { effects.append(.bell) }
        }
        return effects + detailsEffects()
    }
}
