// MARK: - Loaded rows and their bookkeeping

extension TriageState {
    /// Forgets every loaded row (a reload).
    mutating func clearLoadedRows() {
        invitations = []
        loadedIndex = [:]
        pendingCount = 0
    }

    /// Adds a row from a page, or replaces the loaded row with the same id. A local outcome beats a page fetched
    /// before it happened, so a row decided here keeps its decided status.
    mutating func storeLoadedRow(_ row: InvitationRow) {
        var row = row
        if let index = loadedIndex[row.id] {
            if let status = invitations[index].status, status != .pending { row.setStatus(status) }
            pendingCount += (row.isPending ? 1 : 0) - (invitations[index].isPending ? 1 : 0)
            invitations[index] = row
        } else {
            loadedIndex[row.id] = invitations.count
            pendingCount += row.isPending ? 1 : 0
            invitations.append(row)
        }
    }

    /// Changes one loaded row in place (a decision's outcome, a refreshed status).
    mutating func changeLoadedRow(_ id: String, _ change: (inout InvitationRow) -> Void) {
        guard let index = loadedIndex[id] else { return }
        let wasPending = invitations[index].isPending
        change(&invitations[index])
        pendingCount += (invitations[index].isPending ? 1 : 0) - (wasPending ? 1 : 0)
    }

    /// The loaded row with `id`, found without a scan.
    public func loadedRow(_ id: String) -> InvitationRow? {
        loadedIndex[id].map { invitations[$0] }
    }
}
