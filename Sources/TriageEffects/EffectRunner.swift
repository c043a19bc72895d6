import Foundation
import PartnerCentral
import Synchronization
import TriageCore

/// Runs the core's effects against Partner Central, each as its own task, and posts the results back as
/// messages, so the screen never waits for the network.
///
/// Errors become the client's one-line message (never secrets). Reads the user asked for use the client's
/// interactive priority and page loading and prefetch its background priority; writes are paced by the client.
/// Every reject or accept is recorded in the audit log as `attempting` before it is sent, and its outcome before
/// its result is shown.
public final class EffectRunner: EffectHandler {
    let service: any TriageService
    let audit: (@Sendable (AuditRecord) throws -> Void)?
    let destination: AuditDestination?
    let clock: @Sendable () -> Date
    private let sleep: @Sendable (Duration) async throws -> Void
    private let tasks = Mutex(Tasks())
    private let answerMFA: (@Sendable (String?) -> Void)?
    private let openURL: (@Sendable (String) async -> Bool)?
    private let rememberSeen: (@Sendable (Catalog, [String]) -> Void)?

    private struct Tasks {
        var next = 0
        var running: [Int: (task: Task<Void, Never>, background: Bool)] = [:]
        /// Writes still waiting for the write budget: the only ones that may be withdrawn.
        var unsentWrites: Set<Int> = []
        /// Writes sent and not yet answered; whoever removes one (its answer, or ``abandonWrites()``) records how
        /// it ended.
        var sentWrites: [Int: SentWrite] = [:]
        /// Writes answered whose audit line and message are being written: settling waits for them too, so the
        /// exit summary counts an answer that arrived during the wait.
        var answering: Set<Int> = []
    }

    /// A reject or accept the service may be carrying out.
    public struct SentWrite: Sendable, Equatable {
        /// The invitation's catalog.
        public var catalog: Catalog
        /// The invitation id or ARN as sent.
        public var id: String
        /// Reject or accept.
        public var action: AuditAction
        /// The rejection reason (rejects only).
        public var reason: String?
    }

    /// How a sent write ended, for its audit line and its message to the core.
    private struct WriteAnswer: Sendable {
        var outcome: AuditOutcome
        var requestId: String?
        var errorCode: String? = nil
        var message: TriageMessage
    }

    /// Creates a runner.
    /// - Parameters:
    ///   - service: The Partner Central calls.
    ///   - audit: Appends one audit record (and makes it durable); `nil` when there is no audit log.
    ///   - destination: The account, credentials and endpoint every audit line names.
    ///   - clock: The wall clock, for audit record times.
    ///   - sleep: Waits before polling an accept task (tests pass an instant one).
    ///   - answerMFA: Where the MFA dialog's answers go (`nil` when the credentials never ask).
    ///   - openURL: Opens an address in a browser, `false` when none can be opened from here.
    ///   - rememberSeen: Records invitation ids as shown (the seen-invitations store).
    public init(
        service: any TriageService, audit: (@Sendable (AuditRecord) throws -> Void)?,
        destination: AuditDestination? = nil,
        clock: @escaping @Sendable () -> Date,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        answerMFA: (@Sendable (String?) -> Void)? = nil,
        openURL: (@Sendable (String) async -> Bool)? = nil,
        rememberSeen: (@Sendable (Catalog, [String]) -> Void)? = nil
    ) {
        self.answerMFA = answerMFA
        self.openURL = openURL
        self.rememberSeen = rememberSeen
        self.service = service
        self.audit = audit
        self.destination = destination
        self.clock = clock
        self.sleep = sleep
    }

    /// Starts `effect` as its own task; its result arrives in `mailbox` as a message.
    public func start(_ effect: TriageEffect, mailbox: any MessageSink) {
        switch effect {
        case .quit:
            break
        case .cancelBackground:
            cancel(backgroundOnly: true)
        case .withdrawUnsentWrites:
            withdrawUnsentWrites()
        case .listPage(let catalog, let query, let token, let generation, let priority):
            spawn(background: priority == .background) { [service] in
                do {
                    let page = try await service.listPage(
                        query.request(catalog: catalog, token: token), priority: priority)
                    mailbox.post(
                        .pageLoaded(
                            catalog: catalog, generation: generation,
                            summaries: page.engagementInvitationSummaries ?? [], nextToken: page.nextToken))
                } catch {
                    guard !Task.isCancelled else { return }
                    let failure = Self.describe(error)
                    mailbox.post(.pageFailed(catalog: catalog, generation: generation, message: failure.message))
                }
            }
        case .getInvitation(let catalog, let id, let priority):
            fetch(catalog: catalog, id: id, priority: priority, mailbox: mailbox)
        case .refreshInvitation(let catalog, let id):
            fetch(catalog: catalog, id: id, priority: .foreground, mailbox: mailbox)
        case .reject(let catalog, let id, let reason):
            let write = SentWrite(catalog: catalog, id: id, action: .reject, reason: reason.rawValue)
            spawnWrite(write, mailbox: mailbox) { [service] in
                try await Self.reject(catalog: catalog, id: id, reason: reason, service: service)
            }
        case .startAccept(let catalog, let id, let clientToken):
            spawnWrite(SentWrite(catalog: catalog, id: id, action: .accept), mailbox: mailbox) { [service] in
                try await Self.startAccept(catalog: catalog, id: id, clientToken: clientToken, service: service)
            }
        case .acceptLead(let catalog, let id):
            spawnWrite(SentWrite(catalog: catalog, id: id, action: .accept), mailbox: mailbox) { [service] in
                try await Self.acceptLead(catalog: catalog, id: id, service: service)
            }
        case .getEngagement(let catalog, let id, let engagementID):
            spawn(background: false) { [service] in
                do {
                    let request = GetEngagementRequest(catalog: catalog.rawValue, identifier: engagementID)
                    let engagement = try await service.getEngagement(request)
                    mailbox.post(.engagementLoaded(catalog: catalog, id: id, engagement: engagement))
                } catch {
                    mailbox.post(.engagementFailed(catalog: catalog, id: id, message: Self.describe(error).message))
                }
            }
        case .pollAcceptTask(let catalog, let id, let taskID, let delay):
            spawn(background: false) { [self] in
                await poll(catalog: catalog, id: id, taskID: taskID, delay: delay, mailbox: mailbox)
            }
        case .answerMFA(let code):
            answerMFA?(code)
        case .findPipeline, .findAcceptedOpportunity, .getOpportunity, .getAwsSummary, .listEngagementMembers, .assign:
            startFollowThrough(effect, mailbox: mailbox)
        case .bell, .copyToClipboard:
            // The run loop owns the terminal and does these itself.
            break
        case .openURL(let url):
            let opener = openURL
            spawn(background: false) {
                if await opener?(url) != true { mailbox.post(.urlNotOpened(url: url)) }
            }
        case .rememberSeen(let catalog, let ids):
            // A file write: off the terminal thread, so a slow disk never delays a keystroke.
            let record = rememberSeen
            spawn(background: false) { record?(catalog, ids) }
        }
    }

    /// Cancels every task still running (at exit, before the HTTP client shuts down); a write already sent is
    /// first recorded as `unknown` (see ``abandonWrites()``).
    public func cancelAll() {
        abandonWrites()
        cancel(backgroundOnly: false)
    }

    // MARK: - Effects

    private func fetch(catalog: Catalog, id: String, priority: RequestPriority, mailbox: any MessageSink) {
        spawn(background: priority == .background) { [service] in
            do {
                let request = GetEngagementInvitationRequest(catalog: catalog.rawValue, identifier: id)
                let invitation = try await service.getInvitation(request, priority: priority)
                mailbox.post(.detailsLoaded(catalog: catalog, id: id, invitation: invitation))
            } catch {
                guard !Task.isCancelled else { return }
                mailbox.post(.detailsFailed(catalog: catalog, id: id, message: Self.describe(error).message))
            }
        }
    }

    private static func reject(
        catalog: Catalog, id: String, reason: RejectionReason, service: any TriageService
    ) async throws -> WriteAnswer {
        let request = RejectEngagementInvitationRequest(
            catalog: catalog.rawValue, identifier: id, rejectionReason: reason.rawValue)
        let receipt = try await service.reject(request)
        return WriteAnswer(
            outcome: receipt.alreadyDone ? .alreadyRejected : .rejected, requestId: receipt.requestId,
            message: .rejectSucceeded(catalog: catalog, id: id, reason: reason))
    }

    private static func acceptLead(catalog: Catalog, id: String, service: any TriageService) async throws
        -> WriteAnswer
    {
        let request = AcceptEngagementInvitationRequest(catalog: catalog.rawValue, identifier: id)
        let receipt = try await service.acceptLead(request)
        return WriteAnswer(
            outcome: receipt.alreadyDone ? .alreadyAccepted : .accepted, requestId: receipt.requestId,
            message: .leadAccepted(catalog: catalog, id: id))
    }

    private static func startAccept(
        catalog: Catalog, id: String, clientToken: String, service: any TriageService
    ) async throws -> WriteAnswer {
        let request = StartEngagementByAcceptingInvitationTaskRequest(
            catalog: catalog.rawValue, clientToken: clientToken, identifier: id)
        let (task, requestId) = try await service.startAccept(request)
        let outcome: AuditOutcome =
            switch task.taskStatus {
            case .some(.complete): .accepted
            case .some(.failed): .failed
            default: .acceptStarted
            }
        return WriteAnswer(
            outcome: outcome, requestId: requestId, errorCode: outcome == .failed ? task.reasonCode?.rawValue : nil,
            message: .acceptTaskStarted(catalog: catalog, id: id, task: task))
    }

    private func poll(catalog: Catalog, id: String, taskID: String, delay: Duration, mailbox: any MessageSink) async {
        do {
            try await sleep(delay)
            let request = ListEngagementByAcceptingInvitationTasksRequest(
                catalog: catalog.rawValue, taskIdentifier: [taskID])
            let page = try await service.listAcceptTasks(request)
            let task = page.taskSummaries?.first
            if let status = task?.taskStatus, status == .complete || status == .failed {
                record(
                    SentWrite(catalog: catalog, id: id, action: .accept), status == .complete ? .accepted : .failed,
                    errorCode: status == .failed ? task?.reasonCode?.rawValue : nil, mailbox: mailbox)
            }
            mailbox.post(.acceptTaskPolled(catalog: catalog, id: id, task: task))
        } catch {
            guard !Task.isCancelled else { return }
            mailbox.post(.acceptPollFailed(catalog: catalog, id: id, message: Self.describe(error).message))
        }
    }

    // MARK: - Helpers

    /// The one place audit lines are made: appends how `write` stands; says so on screen and returns `false` when
    /// the line could not be written.
    @discardableResult
    private func record(
        _ write: SentWrite, _ outcome: AuditOutcome, requestId: String? = nil, errorCode: String? = nil,
        mailbox: any MessageSink
    ) -> Bool {
        guard let audit else { return true }
        let record = AuditRecord(
            time: clock(), catalog: write.catalog.rawValue, id: write.id, action: write.action, reason: write.reason,
            outcome: outcome, requestId: requestId, errorCode: errorCode, destination: destination)
        do {
            try audit(record)
            return true
        } catch {
            mailbox.post(.notice(message: "Could not write the audit log: \(error)", severity: .error))
            return false
        }
    }

    func spawn(background: Bool, _ work: @escaping @Sendable () async -> Void) {
        tasks.withLock { tasks in
            let key = tasks.next
            tasks.next += 1
            let task = Task { [weak self] in
                await work()
                self?.finished(key)
            }
            tasks.running[key] = (task, background)
        }
    }

    /// A reject or accept that first waits for the write budget, where Esc can still withdraw it; once the wait
    /// is over its `attempting` audit line is written (nothing is sent without it) and it is sent, and can no
    /// longer be withdrawn. Its outcome line follows: `failed` only when the service refused it or it never
    /// reached the service, `unknown` when its answer was lost.
    private func spawnWrite(
        _ write: SentWrite, mailbox: any MessageSink, send: @escaping @Sendable () async throws -> WriteAnswer
    ) {
        tasks.withLock { tasks in
            let key = tasks.next
            tasks.next += 1
            tasks.unsentWrites.insert(key)
            let task = Task { [weak self, service] in
                let ready = (try? await service.waitForWriteBudget()) != nil
                // Leaving the unsent set and being withdrawn exclude each other under the lock.
                let proceed = self?.tasks.withLock { $0.unsentWrites.remove(key) != nil } ?? false
                if ready && proceed, let self {
                    await self.send(write, key: key, mailbox: mailbox, send: send)
                } else {
                    mailbox.post(.writeNotSent(catalog: write.catalog, id: write.id))
                }
                self?.finished(key)
            }
            tasks.running[key] = (task, false)
        }
    }

    private func send(
        _ write: SentWrite, key: Int, mailbox: any MessageSink, send: @Sendable () async throws -> WriteAnswer
    ) async {
        guard record(write, .attempting, mailbox: mailbox) else {
            let message = "Not sent: the audit log could not be written."
            mailbox.post(
                write.action == .reject
                    ? .rejectFailed(catalog: write.catalog, id: write.id, message: message, errorCode: "AuditLogError")
                    : .acceptFailed(catalog: write.catalog, id: write.id, message: message, errorCode: "AuditLogError"))
            return
        }
        tasks.withLock { $0.sentWrites[key] = write }
        var answer: Result<WriteAnswer, any Error>
        do {
            answer = .success(try await send())
        } catch {
            answer = .failure(error)
            if let made = await alreadyMade(write, after: error) { answer = .success(made) }
        }
        // Abandoned at exit: ``abandonWrites()`` has recorded it as unknown already, and nobody reads messages.
        let claimed = tasks.withLock { tasks in
            guard tasks.sentWrites.removeValue(forKey: key) != nil else { return false }
            tasks.answering.insert(key)
            return true
        }
        guard claimed else { return }
        defer { tasks.withLock { _ = $0.answering.remove(key) } }
        switch answer {
        case .success(let answer):
            record(write, answer.outcome, requestId: answer.requestId, errorCode: answer.errorCode, mailbox: mailbox)
            mailbox.post(answer.message)
        case .failure(let error):
            let failure = Self.describe(error)
            let outcome = AuditOutcome.afterFailedWrite(error)
            record(write, outcome, requestId: failure.requestId, errorCode: failure.code, mailbox: mailbox)
            if outcome == .unknown {
                mailbox.post(.writeOutcomeUnknown(catalog: write.catalog, id: write.id, message: failure.message))
            } else if write.action == .reject {
                mailbox.post(
                    .rejectFailed(
                        catalog: write.catalog, id: write.id, message: failure.message, errorCode: failure.code))
            } else {
                mailbox.post(
                    .acceptFailed(
                        catalog: write.catalog, id: write.id, message: failure.message, errorCode: failure.code))
            }
        }
    }

    /// A write refused with a conflict is read back; by ``ConflictRule`` it was already made when the same
    /// invitation already has the status it asked for, and is then recorded and reported as such.
    private func alreadyMade(_ write: SentWrite, after error: any Error) async -> WriteAnswer? {
        let failure = Self.describe(error)
        guard failure.code == ConflictRule.errorCode else { return nil }
        let request = GetEngagementInvitationRequest(catalog: write.catalog.rawValue, identifier: write.id)
        let wanted: InvitationStatus = write.action == .reject ? .rejected : .accepted
        guard let current = try? await service.getInvitation(request, priority: .foreground),
            ConflictRule.alreadyMade(wanted: wanted, id: write.id, readBack: current)
        else { return nil }
        return WriteAnswer(
            outcome: write.action == .reject ? .alreadyRejected : .alreadyAccepted, requestId: failure.requestId,
            errorCode: failure.code,
            message: .decisionAlreadyMade(catalog: write.catalog, id: write.id, invitation: current))
    }

    /// The writes sent and not yet answered.
    public var writesInFlight: [SentWrite] {
        tasks.withLock { $0.sentWrites.sorted { $0.key < $1.key }.map(\.value) }
    }

    /// Waits until every sent write has its answer (and its audit line), or `timeout` passes; returns the writes
    /// still unanswered.
    public func settleWrites(within timeout: Duration, clock: ContinuousClock = ContinuousClock()) async -> [SentWrite]
    {
        let deadline = clock.now + timeout
        while !writesInFlight.isEmpty || tasks.withLock({ !$0.answering.isEmpty }), clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return writesInFlight
    }

    /// Gives up on every sent write still unanswered (at exit): each is recorded `unknown` (the service may be
    /// carrying it out), its task is cancelled, and the writes are returned for the exit summary.
    @discardableResult
    public func abandonWrites() -> [SentWrite] {
        let (abandoned, running) = tasks.withLock { tasks in
            let writes = tasks.sentWrites.sorted { $0.key < $1.key }
            tasks.sentWrites.removeAll()
            return (writes.map(\.value), writes.compactMap { tasks.running[$0.key]?.task })
        }
        let mailbox = DiscardingSink()
        for write in abandoned {
            record(write, .unknown, errorCode: "SessionEnded", mailbox: mailbox)
        }
        for task in running { task.cancel() }
        return abandoned
    }

    private func withdrawUnsentWrites() {
        let withdrawn = tasks.withLock { tasks in
            let keys = tasks.unsentWrites
            tasks.unsentWrites.removeAll()
            return keys.compactMap { tasks.running[$0]?.task }
        }
        for task in withdrawn { task.cancel() }
    }

    private func finished(_ key: Int) {
        _ = tasks.withLock { $0.running.removeValue(forKey: key) }
    }

    private func cancel(backgroundOnly: Bool) {
        let cancelled = tasks.withLock { tasks in
            let selected = tasks.running.filter { !backgroundOnly || $0.value.background }
            for key in selected.keys { tasks.running.removeValue(forKey: key) }
            return selected.values.map(\.task)
        }
        for task in cancelled { task.cancel() }
    }

    /// The one-line message, service error code and request id of a failure; never secret material.
    public static func describe(_ error: any Error) -> (message: String, code: String?, requestId: String?) {
        if let error = error as? PartnerCentralError {
            return (error.message, error.errorCode, error.requestId)
        }
        if error is CancellationError {
            return ("The request was cancelled.", nil, nil)
        }
        return ("The request failed (\(type(of: error))).", nil, nil)
    }
}

/// A sink for messages nobody reads (writes abandoned at exit).
private struct DiscardingSink: MessageSink {
    func post(_ message: TriageMessage) {}
}
