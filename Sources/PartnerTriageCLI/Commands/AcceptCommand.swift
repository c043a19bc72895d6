import ArgumentParser
import Foundation
import PartnerCentral
import TriageCore

/// `partner-triage accept`: accept invitations through the accept task, waiting for each task's end.
struct AcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "Accept invitations: start the accept task and wait until it completes.",
        discussion: """
            An opportunity invitation is accepted with StartEngagementByAcceptingInvitationTask, which creates \
            the opportunity in your account; unless --no-wait is given, the command waits for the task's end \
            (ListEngagementByAcceptingInvitationTasks) and prints the opportunity id. A lead invitation is \
            accepted with AcceptEngagementInvitation, as AWS's lead-to-opportunity guide does, and the lead's \
            contact is printed from its engagement (GetEngagement) once AWS shares it. Confirmation, pacing, \
            Ctrl-C and the audit log work as for reject.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(help: "The catalog the invitations are in: AWS (production) or Sandbox (testing).")
    var catalog: CatalogArgument

    @Flag(name: .customLong("no-wait"), help: "Report each task as started without waiting for it to finish.")
    var noWait = false

    @OptionGroup var decision: DecisionOptions

    func run() async throws {
        let context = try CommandContext.required
        let ids = try DecisionInput.ids(decision, context: context)
        let auditLog = try DecisionInput.auditLog(context: context)
        try Confirmation.require(
            [
                "Accept \(ids.count) invitation\(ids.count == 1 ? "" : "s") (each creates an opportunity).",
                Confirmation.catalogLine(catalog),
            ],
            verb: "accept",
            count: ids.count,
            assumeYes: decision.yes,
            context: context
        )

        let catalog = self.catalog.rawValue
        let waiter = noWait ? nil : AcceptTaskWaiter(sleep: context.sleep)
        let makeToken = context.makeClientToken
        let run = BulkRun(
            context: context,
            auditLog: auditLog,
            catalog: catalog,
            action: .accept,
            verb: "Accepted",
            reason: nil
        )
        let code = try await context.withService(global) { service in
            await run.run(ids: ids, waitForBudget: service.waitForWriteBudget) { id, stop in
                await AcceptCommand.accept(
                    id: id,
                    catalog: catalog,
                    clientToken: makeToken(),
                    waiter: waiter,
                    service: service,
                    stop: stop
                )
            }
        }
        if code != ExitStatus.success { throw ExitCode(code) }
    }

    /// Starts the accept task for one invitation (one client token for the intent, reused by retries) and,
    /// with a waiter, follows it to its end.
    static func accept(
        id: String,
        catalog: String,
        clientToken: String,
        waiter: AcceptTaskWaiter?,
        service: any InvitationService,
        stop: BulkStop = BulkStop()
    ) async -> BulkItemResult {
        // The payload type decides the call; if it cannot be read, the task (the documented default) is used.
        let current = try? await service.getInvitation(GetEngagementInvitationRequest(catalog: catalog, identifier: id))
        if let current, current.payloadType == .leadInvitation,
            current.id.map({ InvitationIdentity.same($0, id) }) ?? true
        {
            return await acceptLead(current, id: id, catalog: catalog, service: service)
        }
        let request = StartEngagementByAcceptingInvitationTaskRequest(
            catalog: catalog,
            clientToken: clientToken,
            identifier: id
        )
        do {
            let started = try await service.startAcceptTask(request)
            let task = started.value
            guard let waiter, task.taskStatus == .inProgress || task.taskStatus == nil, let taskId = task.taskId
            else {
                return AcceptCommand.result(for: task, requestId: started.requestId, waited: waiter != nil)
            }
            do {
                let finished = try await stop.interruptible {
                    try await waiter.wait(taskId: taskId, catalog: catalog, service: service)
                }
                return AcceptCommand.result(for: finished ?? task, requestId: started.requestId, waited: true)
            } catch where stop.signal != nil {
                // Stopped while waiting: the task was started and goes on at AWS; the run ends now.
                return BulkItemResult(
                    outcome: .acceptStarted,
                    requestId: started.requestId,
                    errorCode: "StoppedWaiting",
                    detail: "task \(TerminalSafeLine.clean(taskId)) started; stopped waiting, it goes on at AWS: "
                        + "check it later with partner-triage show \(TerminalText.quote(id, limit: .max)) "
                        + "--catalog \(catalog)",
                    unconfirmed: true
                )
            } catch {
                // The task was started: the audit log must say so, even though its end is unknown.
                let failure = error as? ServiceFailure
                return BulkItemResult(
                    outcome: .acceptStarted,
                    requestId: started.requestId,
                    errorCode: failure?.code ?? "TaskPollFailed",
                    detail: "task \(TerminalSafeLine.clean(taskId)) started; could not follow it: "
                        + TerminalSafeLine.clean(failure?.message ?? "\(error)"),
                    unconfirmed: true
                )
            }
        } catch let failure as ServiceFailure {
            return await refused(failure, id: id, catalog: catalog, service: service)
        } catch {
            return BulkItemResult(failedWrite: error)
        }
    }

    /// Accepts a lead with `AcceptEngagementInvitation`, then reads its engagement for the lead's contact.
    static func acceptLead(
        _ invitation: EngagementInvitation, id: String, catalog: String, service: any InvitationService
    ) async -> BulkItemResult {
        let requestId: String?
        do {
            requestId = try await service.acceptInvitation(
                AcceptEngagementInvitationRequest(catalog: catalog, identifier: id))
        } catch let failure as ServiceFailure {
            return await refused(failure, id: id, catalog: catalog, service: service)
        } catch {
            return BulkItemResult(failedWrite: error)
        }
        guard let engagementId = invitation.engagementId else {
            return BulkItemResult(outcome: .accepted, requestId: requestId, detail: "lead")
        }
        let engagement = try? await service.getEngagement(
            GetEngagementRequest(catalog: catalog, identifier: engagementId))
        let contact = engagement.map { EngagementDetails(engagement: $0) }.flatMap { $0.contacts.first }
        let contactText =
            contact.map { "contact " + [$0.name, $0.title, $0.email, $0.phone].compactMap { $0 }.joined(separator: " · ") }
            ?? (engagement == nil ? "engagement could not be read" : "contact not shared yet")
        return BulkItemResult(
            outcome: .accepted, requestId: requestId,
            detail: TerminalSafeLine.clean("lead, engagement \(engagementId), \(contactText)"))
    }

    /// An accept the service refused: already accepted when the conflict rule says so, else failed.
    static func refused(_ failure: ServiceFailure, id: String, catalog: String, service: any InvitationService) async
        -> BulkItemResult
    {
        guard await ConflictReadBack.alreadyMade(.accepted, after: failure, id: id, catalog: catalog, service: service)
            != nil
        else { return BulkItemResult(failedWrite: failure) }
        return BulkItemResult(
            outcome: .alreadyAccepted, requestId: failure.requestId, errorCode: failure.code,
            detail: "was already ACCEPTED")
    }

    /// The result line and audit outcome for a task in the state it was last seen.
    static func result(
        for task: StartEngagementByAcceptingInvitationTaskResponse,
        requestId: String?,
        waited: Bool
    ) -> BulkItemResult {
        let taskLabel = task.taskId.map { "task \(TerminalSafeLine.clean($0))" } ?? "task"
        switch task.taskStatus {
        case .some(.complete):
            let opportunity = task.opportunityId.map { "opportunity \(TerminalSafeLine.clean($0)), " } ?? ""
            return BulkItemResult(outcome: .accepted, requestId: requestId, detail: opportunity + taskLabel)
        case .some(.failed):
            let code = task.reasonCode?.rawValue
            let message = task.message.map { ": \(TerminalSafeLine.clean($0))" } ?? ""
            return BulkItemResult(
                outcome: .failed,
                requestId: requestId,
                errorCode: code ?? "TaskFailed",
                detail: "\(taskLabel) FAILED \(TerminalSafeLine.clean(code ?? ""))\(message)"
            )
        default:
            if waited {
                return BulkItemResult(
                    outcome: .acceptStarted,
                    requestId: requestId,
                    errorCode: "TaskTimedOut",
                    detail: "\(taskLabel) still IN_PROGRESS; check it later in Partner Central",
                    unconfirmed: true
                )
            }
            return BulkItemResult(outcome: .acceptStarted, requestId: requestId, detail: "\(taskLabel) started")
        }
    }
}

/// Polls `ListEngagementByAcceptingInvitationTasks` for one task until it leaves `IN_PROGRESS`, backing off from
/// half a second to five seconds, for at most about five minutes.
struct AcceptTaskWaiter: Sendable {
    let sleep: @Sendable (Duration) async throws -> Void
    var maxPolls = 70

    /// The task when it finished, or `nil` when it was still running at the last poll.
    func wait(taskId: String, catalog: String, service: any InvitationService) async throws
        -> StartEngagementByAcceptingInvitationTaskResponse?
    {
        var delay = Duration.milliseconds(500)
        for _ in 0..<maxPolls {
            try Task.checkCancellation()
            try await sleep(delay)
            let page = try await service.listAcceptTasks(
                ListEngagementByAcceptingInvitationTasksRequest(catalog: catalog, taskIdentifier: [taskId])
            )
            if let task = page.taskSummaries?.first(where: { $0.taskId == taskId }), task.taskStatus != .inProgress {
                return StartEngagementByAcceptingInvitationTaskResponse(task)
            }
            delay = min(delay * 2, .seconds(5))
        }
        return nil
    }
}
