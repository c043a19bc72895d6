import Foundation
import PartnerCentral

// MARK: - Reject and accept, single and bulk

extension TriageState {
    /// `r` or `a`: opens the reason menu (reject) or the confirmation (accept) for `ids`, when any is pending.
    mutating func beginDecision(reject: Bool, ids: [String]) -> [TriageEffect] {
        guard catalog != nil else { return [] }
        if let batch, !batch.isFinished {
            show("A run is in progress; wait for it or press Esc to stop it first.", .warning)
            return []
        }
        if grace != nil {
            show(TriageState.graceBusyMessage, .warning)
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
        var confirmation = DecisionConfirmation(
            decision: decision, catalog: catalog, targets: targets, skipped: skipped, identity: identityLabel,
            graceSeconds: decision == .accept ? 0 : graceSeconds)
        confirmation.notes = duplicateNotes(targets: targets.map(\.id))
        return confirmation
    }

    /// Why nothing new can start while a confirmed reject waits to be sent.
    static let graceBusyMessage = "A reject is waiting to be sent; u undoes it, or wait for it to go."

    /// `y` on a confirmation: an accept starts at once; a reject first waits out the grace window, when there is
    /// one, because it cannot be taken back once sent.
    mutating func confirm(_ confirmation: DecisionConfirmation) -> [TriageEffect] {
        guard case .reject = confirmation.decision, graceSeconds > 0 else { return startBatch(confirmation) }
        grace = GraceWindow(confirmation: confirmation, deadline: now.addingTimeInterval(TimeInterval(graceSeconds)))
        for target in confirmation.targets {
            rowActivity[target.id] = .waiting(confirmation.decision)
        }
        return []
    }

    /// The first tick at or after the deadline starts the run; the window is gone before the run starts, so the
    /// reject is sent exactly once. A window held by the quit question does not end.
    mutating func expireGrace() -> [TriageEffect] {
        guard let window = grace, window.heldRemaining == nil, window.deadline <= now else { return [] }
        grace = nil
        return startBatch(window.confirmation)
    }

    /// `u` (or Esc on the list) within the grace window: nothing is sent, and the rows stay pending and tagged.
    mutating func undoGrace() -> [TriageEffect] {
        guard let window = grace else {
            show("Nothing to undo.", .info)
            return []
        }
        grace = nil
        for id in window.ids where rowActivity[id] == .waiting(window.confirmation.decision) {
            rowActivity[id] = nil
        }
        let targets = window.confirmation.targets
        let what = targets.count == 1 ? "“\(targets[0].title)”" : "\(targets.count) invitations"
        show("Undone: the reject of \(what) was not sent.", .info)
        return []
    }

    /// The quit question holds the countdown, so the reject cannot go out while the user is asked.
    mutating func holdGrace() {
        guard var window = grace, window.heldRemaining == nil else { return }
        window.heldRemaining = max(0, window.deadline.timeIntervalSince(now))
        grace = window
    }

    /// Staying after the quit question: the countdown goes on from where it was held.
    mutating func resumeGrace() {
        guard var window = grace, let remaining = window.heldRemaining else { return }
        window.deadline = now.addingTimeInterval(remaining)
        window.heldRemaining = nil
        grace = window
    }

    /// The run starts with its first request.
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
        // A run that waits for each accept's end stops waiting at once: the task goes on at the service.
        if let id = run.inFlight?.id, let task = acceptTasks[id] {
            acceptTasks[id] = nil
            session.record(.unknown, for: id)
            rowActivity[id] = nil
            report(id, .taskNotConfirmed(taskID: task.taskID, .stoppedWaiting))
            settle(id, succeeded: true)
        } else if let target = run.inFlight, run.readingFirst {
            // Nothing was sent for it: it goes back to the queue and counts as not sent.
            run.inFlight = nil
            run.readingFirst = false
            run.queue.insert(target, at: 0)
            batch = run
            rowActivity[target.id] = nil
        }
        if batch?.isFinished == true { finishBatch() }
        return batch?.inFlight == nil ? [] : [.withdrawUnsentWrites]
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
            rowActivity[target.id] = .sending(run.decision)
            // Without a loaded row (a headless run) the invitation is read first: its kind decides the call.
            run.readingFirst = run.decision == .accept && loadedRow(target.id) == nil && details[target.id] == nil
            batch = run
            if run.readingFirst {
                details[target.id] = .loading
                return [.getInvitation(catalog: run.catalog, id: target.id, priority: .foreground)]
            }
            return [writeEffect(for: target.id, run: run)]
        }
        batch = run
        finishBatch()
        return []
    }

    /// The request that carries out the run's decision for `id`.
    private mutating func writeEffect(for id: String, run: BatchRun) -> TriageEffect {
        switch run.decision {
        case .reject(let reason):
            return .reject(catalog: run.catalog, id: id, reason: reason)
        case .accept where payloadType(of: id) == .leadInvitation:
            return .acceptLead(catalog: run.catalog, id: id)
        case .accept:
            let attempt = (acceptAttempts[id] ?? 0) + 1
            acceptAttempts[id] = attempt
            return .startAccept(catalog: run.catalog, id: id, clientToken: "\(sessionNonce)-\(id)-\(attempt)")
        }
    }

    private func payloadType(of id: String) -> EngagementInvitationPayloadType? {
        if let row = loadedRow(id) { return row.payloadType }
        if case .loaded(let loaded) = details[id] { return loaded.payloadType }
        return nil
    }

    /// The invitation an accept read first has arrived (or could not be read, or was another one): the accept is
    /// sent now, as a lead or, by default, through the task.
    mutating func continueAfterRead(id: String) -> [TriageEffect] {
        guard var run = batch, run.readingFirst, run.inFlight?.id == id else { return [] }
        run.readingFirst = false
        batch = run
        guard !run.stopped else {
            run.inFlight = nil
            batch = run
            finishBatch()
            return []
        }
        return [writeEffect(for: id, run: run)]
    }

    /// Appends how `id` ended to ``results``.
    mutating func report(_ id: String, _ outcome: RunResult.Outcome) {
        results.append(RunResult(id: id, outcome: outcome))
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
    mutating func settle(_ id: String, succeeded: Bool) {
        guard var run = batch, run.inFlight?.id == id else { return }
        run.inFlight = nil
        if succeeded { run.succeeded += 1 } else { run.failed += 1 }
        batch = run
    }

    func title(of id: String) -> String {
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
        report(id, .rejected)
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
        report(id, .failed(message: message, errorCode: errorCode))
        if isSingle { show("\(verb) failed: \(text)", .error) }
        var effects: [TriageEffect] = []
        // Only a loaded row is shown, so only a loaded row is read again to show its real status.
        if errorCode == ConflictRule.errorCode, loadedRow(id) != nil {
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
        report(id, .unknown(message: message))
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
            report(id, .taskCompleted(taskID: task.taskId, opportunityID: task.opportunityId))
            effects += followThrough(id: id, opportunityID: task.opportunityId)
        } else if let taskID = task.taskId, acceptPolicy.waitsBeforeNext, batch?.stopped == true {
            // Stopped while the start was being sent: the task goes on at the service, and nobody waits for it.
            settle(id, succeeded: true)
            session.record(.unknown, for: id)
            rowActivity[id] = nil
            report(id, .taskNotConfirmed(taskID: taskID, .stoppedWaiting))
        } else if let taskID = task.taskId, !acceptPolicy.followsTasks {
            settle(id, succeeded: true)
            rowActivity[id] = nil
            report(id, .taskStarted(taskID: taskID))
        } else if let taskID = task.taskId {
            // Waiting for each accept's end keeps the run's one request in flight until the task ends.
            if !acceptPolicy.waitsBeforeNext { settle(id, succeeded: true) }
            acceptTasks[id] = AcceptTask(taskID: taskID, title: taskTitle, failedPolls: 0)
            rowActivity[id] = .accepting
            effects.append(
                .pollAcceptTask(catalog: catalog, id: id, taskID: taskID, delay: acceptPolicy.delay(afterPolls: 0)))
        } else {
            settle(id, succeeded: false)
            session.record(.failed, for: id)
            rowActivity[id] = .failed("the service returned no task")
            report(id, .failed(message: "the service returned no task", errorCode: nil))
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
            report(id, .taskCompleted(taskID: running.taskID, opportunityID: task.opportunityId))
            return followThrough(id: id, opportunityID: task.opportunityId) + followEnded(id)
        }
        if task.taskStatus == .failed {
            acceptTasks[id] = nil
            acceptTaskFailed(id: id, task: StartEngagementByAcceptingInvitationTaskResponse(task), report: true)
            return followEnded(id)
        }
        let polls = running.polls + 1
        if let maxPolls = acceptPolicy.maxPolls, polls >= maxPolls {
            acceptTasks[id] = nil
            session.record(.unknown, for: id)
            rowActivity[id] = nil
            report(id, .taskNotConfirmed(taskID: running.taskID, .stillRunning))
            show("“\(running.title)” is still being accepted; check it later.", .warning)
            return followEnded(id)
        }
        acceptTasks[id]?.failedPolls = 0
        acceptTasks[id]?.polls = polls
        return [
            .pollAcceptTask(
                catalog: catalog, id: id, taskID: running.taskID, delay: acceptPolicy.delay(afterPolls: polls))
        ]
    }

    /// Following the accept of `id` ended: a run that waited for it goes on.
    private mutating func followEnded(_ id: String) -> [TriageEffect] {
        guard batch?.inFlight?.id == id else { return [] }
        settle(id, succeeded: true)
        return sendNext()
    }

    /// An accepted lead's engagement answered: a run that waited for it reports the lead and goes on.
    mutating func engagementAnswered(id: String) -> [TriageEffect] {
        guard acceptPolicy.waitsBeforeNext, batch?.inFlight?.id == id else { return [] }
        report(id, .leadAccepted(engagementID: engagementID(of: id), engagement: engagements[id]))
        return followEnded(id)
    }

    /// A conflict whose read-back shows the decision already made: a success that changed nothing.
    mutating func decisionAlreadyMade(catalog: Catalog, id: String, invitation: EngagementInvitation)
        -> [TriageEffect]
    {
        let status = invitation.status ?? .rejected
        rowActivity[id] = nil
        tagged.remove(id)
        updateRow(id) { $0.setStatus(status) }
        if catalog == self.catalog, details[id] != nil {
            details[id] = .loaded(InvitationDetails(invitation: invitation, timeZone: timeZone))
        }
        settle(id, succeeded: true)
        report(id, .alreadyMade(status, rejectionReason: invitation.rejectionReason))
        show("\(TerminalSafe.clean(id)) was already \(status == .rejected ? "rejected" : "accepted").", .info)
        return sendNext()
    }

    /// A lead was accepted (`AcceptEngagementInvitation` answers at once): its engagement, with the lead's
    /// contact, is fetched next.
    mutating func leadAccepted(catalog: Catalog, id: String) -> [TriageEffect] {
        let isSingle = batch?.total == 1 && batch?.inFlight?.id == id
        acceptCompleted(id: id, opportunityID: nil, report: isSingle)
        guard let engagementID = engagementID(of: id) else {
            report(id, .leadAccepted(engagementID: nil, engagement: nil))
            settle(id, succeeded: true)
            return sendNext()
        }
        engagements[id] = .loading
        let read =
            [TriageEffect.getEngagement(catalog: catalog, id: id, engagementID: engagementID)]
            + followLead(id: id, engagementID: engagementID)
        // Waiting for each accept's end: the lead is reported, and the run goes on, once its engagement answers.
        if acceptPolicy.waitsBeforeNext { return read }
        report(id, .leadAccepted(engagementID: engagementID, engagement: nil))
        settle(id, succeeded: true)
        return read + sendNext()
    }

    private func engagementID(of id: String) -> String? {
        if case .loaded(let loaded) = details[id], let engagement = loaded.engagementIDRaw { return engagement }
        return loadedRow(id)?.engagementID
    }

    mutating func acceptPollFailed(catalog: Catalog, id: String, message: String) -> [TriageEffect] {
        guard var running = acceptTasks[id] else { return [] }
        running.failedPolls += 1
        if running.failedPolls >= acceptPolicy.maxFailedPolls {
            acceptTasks[id] = nil
            let text = TerminalSafe.clean(message)
            session.record(.unknown, for: id)
            rowActivity[id] = .failed("outcome unknown: \(text)")
            report(id, .taskNotConfirmed(taskID: running.taskID, .pollFailed(message: message)))
            show("Could not learn whether “\(running.title)” was accepted: \(text) · R to reload", .warning)
            return followEnded(id)
        }
        acceptTasks[id] = running
        return [
            .pollAcceptTask(
                catalog: catalog, id: id, taskID: running.taskID, delay: acceptPolicy.firstDelay * running.failedPolls)
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
        self.report(id, .taskFailed(taskID: task.taskId, reasonCode: task.reasonCode?.rawValue, message: task.message))
        let reason = TerminalSafe.clean(task.message ?? task.reasonCode?.rawValue ?? "the accept task failed")
        rowActivity[id] = .failed(reason)
        if report { show("Accept of “\(title(of: id))” failed: \(reason)", .error) }
    }
}
