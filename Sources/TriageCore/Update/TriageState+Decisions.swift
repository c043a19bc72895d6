import Foundation
import PartnerCentral

// MARK: - Reject and accept, single and bulk

extension TriageState {
    /// How long to wait before polling an accept task.
    static let pollDelay: Duration = .seconds(1)
    /// Polls that may fail in a row before the outcome is reported unknown.
    static let maxFailedPolls = 5

    /// `r` or `a`: opens the reason menu (reject) or the confirmation (accept) for `ids`, when any is pending.
    mutating func beginDecision(reject: Bool, ids: [String]) -> [TriageEffect] {
        guard catalog != nil else { return [] }
        if let batch, !batch.isFinished {
            show("A run is in progress; wait for it or press Esc to stop it first.", .warning)
            return []
        }
        let rows = ids.compactMap { id in loadedRow(id) }
        guard !rows.isEmpty else {
            show("No invitation selected.", .info)
            return []
        }
        let verb = reject ? "rejected" : "accepted"
        if !rows.contains(where: { $0.isPending }) {
            if rows.count == 1 {
                show("Only pending invitations can be \(verb); this one is \(rows[0].statusLabel).", .warning)
            } else {
                show("None of the \(rows.count) tagged invitations is pending.", .warning)
            }
            return []
        }
        if reject {
            stack.append(.rejectReasonMenu(selection: 0, targets: rows.map(\.id)))
        } else if let confirmation = confirmation(for: .accept, ids: rows.map(\.id)) {
            stack.append(.confirmAccept(confirmation))
        }
        return []
    }

    /// A reason was chosen: the menu is replaced by the confirmation.
    mutating func chooseReason(_ reason: RejectionReason, targets: [String]) {
        pop()
        guard let confirmation = confirmation(for: .reject(reason), ids: targets) else {
            show("Those invitations are no longer loaded; nothing was sent.", .warning)
            return
        }
        stack.append(.confirmReject(confirmation))
    }

    private func confirmation(for decision: Decision, ids: [String]) -> DecisionConfirmation? {
        guard let catalog else { return nil }
        let rows = ids.compactMap { id in loadedRow(id) }
        let targets = rows.filter(\.isPending).map(DecisionTarget.init(row:))
        guard !targets.isEmpty else { return nil }
        let skipped = rows.filter { !$0.isPending }.map(DecisionTarget.init(row:))
        return DecisionConfirmation(
            decision: decision, catalog: catalog, targets: targets, skipped: skipped, identity: identityLabel)
    }

    /// `y` on a confirmation: the run starts with its first request.
    mutating func startBatch(_ confirmation: DecisionConfirmation) -> [TriageEffect] {
        for target in confirmation.skipped {
            tagged.remove(target.id)
        }
        var run = BatchRun(
            decision: confirmation.decision, catalog: confirmation.catalog, targets: confirmation.targets,
            skipped: confirmation.skipped.count)
        run.queue = confirmation.targets
        batch = run
        for target in confirmation.targets {
            rowActivity[target.id] = .queued(confirmation.decision)
        }
        return sendNext()
    }

    /// Esc during a run: nothing more is sent. A request still waiting for the write budget is withdrawn (the
    /// runner answers ``TriageMessage/writeNotSent(catalog:id:)``); one already sent finishes.
    mutating func stopBatch() -> [TriageEffect] {
        guard var run = batch else { return [] }
        run.stopped = true
        for target in run.queue {
            rowActivity[target.id] = nil
        }
        batch = run
        if run.isFinished { finishBatch() }
        return run.inFlight == nil ? [] : [.withdrawUnsentWrites]
    }

    /// The runner withdrew a write before it was sent: it goes back to the queue, so the summary counts it as not
    /// sent, and its row keeps its tag for another run.
    mutating func writeNotSent(id: String) -> [TriageEffect] {
        guard var run = batch, let target = run.inFlight, target.id == id else { return [] }
        run.inFlight = nil
        run.queue.insert(target, at: 0)
        batch = run
        rowActivity[id] = run.stopped ? nil : .queued(run.decision)
        return sendNext()
    }

    /// Sends the next queued request, skipping rows that are no longer pending; finishes the run when done.
    mutating func sendNext() -> [TriageEffect] {
        guard var run = batch, run.inFlight == nil else { return [] }
        while !run.stopped, !run.queue.isEmpty {
            let target = run.queue.removeFirst()
            if let row = loadedRow(target.id), !row.isPending {
                run.skipped += 1
                rowActivity[target.id] = nil
                tagged.remove(target.id)
                continue
            }
            run.inFlight = target
            batch = run
            rowActivity[target.id] = .sending(run.decision)
            switch run.decision {
            case .reject(let reason):
                return [.reject(catalog: run.catalog, id: target.id, reason: reason)]
            case .accept where loadedRow(target.id)?.payloadType == .leadInvitation:
                return [.acceptLead(catalog: run.catalog, id: target.id)]
            case .accept:
                let attempt = (acceptAttempts[target.id] ?? 0) + 1
                acceptAttempts[target.id] = attempt
                let token = "\(sessionNonce)-\(target.id)-\(attempt)"
                return [.startAccept(catalog: run.catalog, id: target.id, clientToken: token)]
            }
        }
        batch = run
        finishBatch()
        return []
    }

    /// Ends the run and puts its summary in the footer (a single reject or accept reports on its own).
    private mutating func finishBatch() {
        guard let run = batch else { return }
        batch = nil
        for target in run.queue where rowActivity[target.id] == .queued(run.decision) {
            rowActivity[target.id] = nil
        }
        if run.total > 1 || run.stopped || run.skipped > 0 {
            show(run.summaryLine, run.failed > 0 || run.stopped ? .warning : .success)
        }
    }

    /// Marks the in-flight request of the run answered and counts it.
    private mutating func settle(_ id: String, succeeded: Bool) {
        guard var run = batch, run.inFlight?.id == id else { return }
        run.inFlight = nil
        if succeeded { run.succeeded += 1 } else { run.failed += 1 }
        batch = run
    }

    private func title(of id: String) -> String {
        loadedRow(id)?.title
            ?? batch?.inFlight.flatMap { $0.id == id ? $0.title : nil }
            ?? TerminalSafe.clean(id)
    }

    // MARK: - Reject results

    mutating func rejectSucceeded(id: String, reason: RejectionReason) -> [TriageEffect] {
        let isSingle = batch?.total == 1 && batch?.inFlight?.id == id
        session.record(.rejected, for: id)
        rowActivity[id] = nil
        tagged.remove(id)
        updateRow(id) { $0.setStatus(.rejected) }
        if case .loaded(var loaded) = details[id] {
            loaded.status = .rejected
            loaded.statusLabel = InvitationRow.label(for: .rejected)
            loaded.rejectionReason = reason.rawValue
            details[id] = .loaded(loaded)
        }
        settle(id, succeeded: true)
        var effects: [TriageEffect] = []
        if isSingle {
            show("Rejected “\(title(of: id))” · \(reason.rawValue)", .success)
            if selectedRow?.id == id, let next = nextPendingIndex(after: cursor) {
                effects += moveCursor(to: next)
                if case .details = screen, let row = selectedRow {
                    stack[stack.count - 1] = .details(id: row.id)
                    detailsScroll = 0
                    effects += detailsEffects()
                }
            }
        }
        return sendNext() + effects
    }

    /// A reject or accept start failed: the row shows why, stays tagged for a retry, and a conflict refreshes it.
    mutating func writeFailed(catalog: Catalog, id: String, message: String, errorCode: String?) -> [TriageEffect] {
        let text = TerminalSafe.clean(message)
        let isSingle = batch?.total == 1 && batch?.inFlight?.id == id
        let verb = batch?.decision == .accept ? "Accept" : "Reject"
        session.record(.failed, for: id)
        rowActivity[id] = .failed(text)
        settle(id, succeeded: false)
        if isSingle { show("\(verb) failed: \(text)", .error) }
        var effects: [TriageEffect] = []
        if errorCode == "ConflictException" {
            refreshing.insert(id)
            details[id] = .loading
            backgroundDetails.remove(id)
            effects.append(.refreshInvitation(catalog: catalog, id: id))
        }
        return effects + sendNext()
    }

    /// A reject or accept was sent and its answer lost: the session counts it as unknown (never failed), the row
    /// says so, and its real status is read again.
    mutating func writeOutcomeUnknown(catalog: Catalog, id: String, message: String) -> [TriageEffect] {
        let text = TerminalSafe.clean(message)
        let verb = batch?.decision == .accept ? "accepted" : "rejected"
        session.record(.unknown, for: id)
        rowActivity[id] = .failed("outcome unknown: \(text)")
        settle(id, succeeded: false)
        show("Could not learn whether “\(title(of: id))” was \(verb): \(text) · R to reload", .warning)
        details[id] = .loading
        backgroundDetails.remove(id)
        return [.refreshInvitation(catalog: catalog, id: id)] + sendNext()
    }

    // MARK: - Accept results

    mutating func acceptTaskStarted(
        catalog: Catalog, id: String, task: StartEngagementByAcceptingInvitationTaskResponse
    ) -> [TriageEffect] {
        let isSingle = batch?.total == 1 && batch?.inFlight?.id == id
        let taskTitle = title(of: id)
        var effects: [TriageEffect] = []
        if task.taskStatus == .failed {
            settle(id, succeeded: false)
            acceptTaskFailed(id: id, task: task, report: isSingle)
        } else if task.taskStatus == .complete {
            settle(id, succeeded: true)
            acceptCompleted(id: id, opportunityID: task.opportunityId, report: isSingle)
        } else if let taskID = task.taskId {
            settle(id, succeeded: true)
            acceptTasks[id] = AcceptTask(taskID: taskID, title: taskTitle, failedPolls: 0)
            rowActivity[id] = .accepting
            effects.append(.pollAcceptTask(catalog: catalog, id: id, taskID: taskID, delay: TriageState.pollDelay))
        } else {
            settle(id, succeeded: false)
            session.record(.failed, for: id)
            rowActivity[id] = .failed("the service returned no task")
            if isSingle { show("Accept failed: the service returned no task.", .error) }
        }
        return effects + sendNext()
    }

    mutating func acceptTaskPolled(
        catalog: Catalog, id: String, task: ListEngagementByAcceptingInvitationTaskSummary?
    ) -> [TriageEffect] {
        guard let running = acceptTasks[id] else { return [] }
        guard let task else {
            return acceptPollFailed(catalog: catalog, id: id, message: "the task was not found")
        }
        if task.taskStatus == .complete {
            acceptTasks[id] = nil
            acceptCompleted(id: id, opportunityID: task.opportunityId, report: true)
            return []
        }
        if task.taskStatus == .failed {
            acceptTasks[id] = nil
            acceptTaskFailed(id: id, task: StartEngagementByAcceptingInvitationTaskResponse(task), report: true)
            return []
        }
        acceptTasks[id]?.failedPolls = 0
        return [.pollAcceptTask(catalog: catalog, id: id, taskID: running.taskID, delay: TriageState.pollDelay)]
    }

    /// A lead was accepted (`AcceptEngagementInvitation` answers at once): its engagement, with the lead's
    /// contact, is fetched next.
    mutating func leadAccepted(catalog: Catalog, id: String) -> [TriageEffect] {
        let isSingle = batch?.total == 1 && batch?.inFlight?.id == id
        settle(id, succeeded: true)
        acceptCompleted(id: id, opportunityID: nil, report: isSingle)
        var effects: [TriageEffect] = []
        if let engagementID = engagementID(of: id) {
            engagements[id] = .loading
            effects.append(.getEngagement(catalog: catalog, id: id, engagementID: engagementID))
        }
        return effects + sendNext()
    }

    private func engagementID(of id: String) -> String? {
        if case .loaded(let loaded) = details[id], let engagement = loaded.engagementIDRaw { return engagement }
        return loadedRow(id)?.engagementID
    }

    mutating func acceptPollFailed(catalog: Catalog, id: String, message: String) -> [TriageEffect] {
        guard var running = acceptTasks[id] else { return [] }
        running.failedPolls += 1
        if running.failedPolls >= TriageState.maxFailedPolls {
            acceptTasks[id] = nil
            let text = TerminalSafe.clean(message)
            session.record(.unknown, for: id)
            rowActivity[id] = .failed("outcome unknown: \(text)")
            show("Could not learn whether “\(running.title)” was accepted: \(text) · R to reload", .warning)
            return []
        }
        acceptTasks[id] = running
        return [
            .pollAcceptTask(
                catalog: catalog, id: id, taskID: running.taskID, delay: TriageState.pollDelay * running.failedPolls)
        ]
    }

    private mutating func acceptCompleted(id: String, opportunityID: String?, report: Bool) {
        session.record(.accepted, for: id)
        rowActivity[id] = nil
        tagged.remove(id)
        updateRow(id) { $0.setStatus(.accepted) }
        if case .loaded(var loaded) = details[id] {
            loaded.status = .accepted
            loaded.statusLabel = InvitationRow.label(for: .accepted)
            details[id] = .loaded(loaded)
        }
        if report {
            let opportunity = opportunityID.map { " · opportunity \(TerminalSafe.clean($0))" } ?? ""
            show("Accepted “\(title(of: id))”\(opportunity)", .success)
        }
    }

    private mutating func acceptTaskFailed(
        id: String, task: StartEngagementByAcceptingInvitationTaskResponse, report: Bool
    ) {
        session.record(.failed, for: id)
        let reason = TerminalSafe.clean(task.message ?? task.reasonCode?.rawValue ?? "the accept task failed")
        rowActivity[id] = .failed(reason)
        if report { show("Accept of “\(title(of: id))” failed: \(reason)", .error) }
    }
}
