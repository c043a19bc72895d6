import Foundation
import PartnerCentral
import Synchronization
import TriageCore
import TriageTerminal

/// Runs the core's effects against Partner Central, each as its own task, and posts the results back as
/// messages, so the screen never waits for the network.
///
/// Errors become the client's one-line message (never secrets). Reads the user asked for use the client's
/// interactive priority and page loading and prefetch its background priority; writes are paced by the client.
/// Every reject or accept attempt is appended to the audit log before its result is shown.
final class EffectRunner: EffectHandler {
    private let service: any TriageService
    private let audit: (@Sendable (AuditRecord) throws -> Void)?
    private let clock: @Sendable () -> Date
    private let sleep: @Sendable (Duration) async throws -> Void
    private let tasks = Mutex(Tasks())
    private let mfaCodes: MFACodeBroker?

    private struct Tasks {
        var next = 0
        var running: [Int: (task: Task<Void, Never>, background: Bool)] = [:]
        /// Writes still waiting for the write budget: the only ones that may be withdrawn.
        var unsentWrites: Set<Int> = []
    }

    /// Creates a runner.
    /// - Parameters:
    ///   - service: The Partner Central calls.
    ///   - audit: Appends one audit record (and makes it durable); `nil` when there is no audit log.
    ///   - clock: The wall clock, for audit record times.
    ///   - sleep: Waits before polling an accept task (tests pass an instant one).
    ///   - mfaCodes: Where the MFA dialog's answers go (`nil` when the credentials never ask).
    init(
        service: any TriageService, audit: (@Sendable (AuditRecord) throws -> Void)?,
        clock: @escaping @Sendable () -> Date,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        mfaCodes: MFACodeBroker? = nil
    ) {
        self.mfaCodes = mfaCodes
        self.service = service
        self.audit = audit
        self.clock = clock
        self.sleep = sleep
    }

    func start(_ effect: TriageEffect, mailbox: Mailbox) {
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
                    let page = try await service.listPage(query.request(catalog: catalog, token: token), priority: priority)
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
            spawnWrite(catalog: catalog, id: id, mailbox: mailbox) { [self] in
                await reject(catalog: catalog, id: id, reason: reason, mailbox: mailbox)
            }
        case .startAccept(let catalog, let id, let clientToken):
            spawnWrite(catalog: catalog, id: id, mailbox: mailbox) { [self] in
                await startAccept(catalog: catalog, id: id, clientToken: clientToken, mailbox: mailbox)
            }
        case .acceptLead(let catalog, let id):
            spawnWrite(catalog: catalog, id: id, mailbox: mailbox) { [self] in
                await acceptLead(catalog: catalog, id: id, mailbox: mailbox)
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
            mfaCodes?.answer(code)
        }
    }

    /// Cancels every task still running (at exit, before the HTTP client shuts down).
    func cancelAll() {
        cancel(backgroundOnly: false)
    }

    // MARK: - Effects

    private func fetch(catalog: Catalog, id: String, priority: RequestPriority, mailbox: Mailbox) {
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

    private func reject(catalog: Catalog, id: String, reason: RejectionReason, mailbox: Mailbox) async {
        let request = RejectEngagementInvitationRequest(
            catalog: catalog.rawValue, identifier: id, rejectionReason: reason.rawValue)
        do {
            let receipt = try await service.reject(request)
            record(
                AuditRecord(
                    time: clock(), catalog: catalog.rawValue, id: id, action: .reject, reason: reason.rawValue,
                    outcome: receipt.alreadyDone ? .alreadyRejected : .rejected, requestId: receipt.requestId),
                mailbox: mailbox)
            mailbox.post(.rejectSucceeded(catalog: catalog, id: id, reason: reason))
        } catch {
            let failure = Self.describe(error)
            record(
                AuditRecord(
                    time: clock(), catalog: catalog.rawValue, id: id, action: .reject, reason: reason.rawValue,
                    outcome: .failed, requestId: failure.requestId, errorCode: failure.code),
                mailbox: mailbox)
            mailbox.post(.rejectFailed(catalog: catalog, id: id, message: failure.message, errorCode: failure.code))
        }
    }

    private func acceptLead(catalog: Catalog, id: String, mailbox: Mailbox) async {
        let request = AcceptEngagementInvitationRequest(catalog: catalog.rawValue, identifier: id)
        do {
            let receipt = try await service.acceptLead(request)
            record(
                AuditRecord(
                    time: clock(), catalog: catalog.rawValue, id: id, action: .accept,
                    outcome: receipt.alreadyDone ? .alreadyAccepted : .accepted, requestId: receipt.requestId),
                mailbox: mailbox)
            mailbox.post(.leadAccepted(catalog: catalog, id: id))
        } catch {
            let failure = Self.describe(error)
            record(
                AuditRecord(
                    time: clock(), catalog: catalog.rawValue, id: id, action: .accept, outcome: .failed,
                    requestId: failure.requestId, errorCode: failure.code),
                mailbox: mailbox)
            mailbox.post(.acceptFailed(catalog: catalog, id: id, message: failure.message, errorCode: failure.code))
        }
    }

    private func startAccept(catalog: Catalog, id: String, clientToken: String, mailbox: Mailbox) async {
        let request = StartEngagementByAcceptingInvitationTaskRequest(
            catalog: catalog.rawValue, clientToken: clientToken, identifier: id)
        do {
            let (task, requestId) = try await service.startAccept(request)
            let outcome: AuditOutcome =
                switch task.taskStatus {
                case .some(.complete): .accepted
                case .some(.failed): .failed
                default: .acceptStarted
                }
            record(
                AuditRecord(
                    time: clock(), catalog: catalog.rawValue, id: id, action: .accept, outcome: outcome,
                    requestId: requestId, errorCode: outcome == .failed ? task.reasonCode?.rawValue : nil),
                mailbox: mailbox)
            mailbox.post(.acceptTaskStarted(catalog: catalog, id: id, task: task))
        } catch {
            let failure = Self.describe(error)
            record(
                AuditRecord(
                    time: clock(), catalog: catalog.rawValue, id: id, action: .accept, outcome: .failed,
                    requestId: failure.requestId, errorCode: failure.code),
                mailbox: mailbox)
            mailbox.post(.acceptFailed(catalog: catalog, id: id, message: failure.message, errorCode: failure.code))
        }
    }

    private func poll(catalog: Catalog, id: String, taskID: String, delay: Duration, mailbox: Mailbox) async {
        do {
            try await sleep(delay)
            let request = ListEngagementByAcceptingInvitationTasksRequest(
                catalog: catalog.rawValue, taskIdentifier: [taskID])
            let page = try await service.listAcceptTasks(request)
            let task = page.taskSummaries?.first
            if let status = task?.taskStatus, status == .complete || status == .failed {
                record(
                    AuditRecord(
                        time: clock(), catalog: catalog.rawValue, id: id, action: .accept,
                        outcome: status == .complete ? .accepted : .failed,
                        errorCode: status == .failed ? task?.reasonCode?.rawValue : nil),
                    mailbox: mailbox)
            }
            mailbox.post(.acceptTaskPolled(catalog: catalog, id: id, task: task))
        } catch {
            guard !Task.isCancelled else { return }
            mailbox.post(.acceptPollFailed(catalog: catalog, id: id, message: Self.describe(error).message))
        }
    }

    // MARK: - Helpers

    private func record(_ record: AuditRecord, mailbox: Mailbox) {
        guard let audit else { return }
        do {
            try audit(record)
        } catch {
            mailbox.post(.notice(message: "Could not write the audit log: \(error)", severity: .error))
        }
    }

    private func spawn(background: Bool, _ work: @escaping @Sendable () async -> Void) {
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
    /// is over it is sent and can no longer be withdrawn.
    private func spawnWrite(
        catalog: Catalog, id: String, mailbox: Mailbox, send: @escaping @Sendable () async -> Void
    ) {
        tasks.withLock { tasks in
            let key = tasks.next
            tasks.next += 1
            tasks.unsentWrites.insert(key)
            let task = Task { [weak self, service] in
                let ready = (try? await service.waitForWriteBudget()) != nil
                // Leaving the unsent set and being withdrawn exclude each other under the lock.
                let proceed = self?.tasks.withLock { $0.unsentWrites.remove(key) != nil } ?? false
                if ready && proceed {
                    await send()
                } else {
                    mailbox.post(.writeNotSent(catalog: catalog, id: id))
                }
                self?.finished(key)
            }
            tasks.running[key] = (task, false)
        }
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
    static func describe(_ error: any Error) -> (message: String, code: String?, requestId: String?) {
        if let error = error as? PartnerCentralError {
            return (error.message, error.code, error.requestId)
        }
        if error is CancellationError {
            return ("The request was cancelled.", nil, nil)
        }
        return ("The request failed (\(type(of: error))).", nil, nil)
    }
}
