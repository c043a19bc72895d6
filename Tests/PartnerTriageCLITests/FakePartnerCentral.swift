import Foundation
import PartnerCentral
import Synchronization
import TriageCore
import TriageEffects

@testable import PartnerTriageCLI

/// An in-memory Partner Central for command tests: records every call and answers from a table of invitations.
final class FakePartnerCentral: TriageService, @unchecked Sendable {
    private struct State {
        var invitations: [String: EngagementInvitation]
        var failures: [String: PartnerCentralError]
        var calls: [String] = []
        var pagesServed = 0
        var budgetWaits = 0
    }

    private let state: Mutex<State>
    /// Every call so far, in order.
    var calls: [String] { state.withLock { $0.calls } }
    /// When set, every task poll fails with it.
    var listTasksFailure: PartnerCentralError?
    /// When set, the list never ends: every page holds this many rows and a fresh NextToken.
    var endlessPageSize: Int?
    /// How many pages the endless list served.
    var pagesServed: Int { state.withLock { $0.pagesServed } }
    /// Called after each reject (tests use it to send a signal mid-run).
    var onReject: (@Sendable (Int) -> Void)?
    /// Called before each reject is answered, with the request (tests read the audit log there).
    var beforeReject: (@Sendable (String) -> Void)?
    /// Called at each task poll; with `tasksStayInProgress`, every poll finds the task still running.
    var onListTasks: (@Sendable (Int) -> Void)?
    var tasksStayInProgress = false

    init(invitations: [EngagementInvitation], failures: [String: PartnerCentralError] = [:]) {
        state = Mutex(
            State(
                invitations: Dictionary(uniqueKeysWithValues: invitations.map { ($0.id ?? "", $0) }),
                failures: failures))
    }

    var recordedCalls: [String] { calls }

    func status(of id: String) -> InvitationStatus? { state.withLock { $0.invitations[id]?.status } }

    private func record(_ call: String) { state.withLock { $0.calls.append(call) } }

    func listPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsResponse
    {
        if request.nextToken == nil { record("list") }
        let rows = state.withLock { $0.invitations.values.sorted { ($0.id ?? "") < ($1.id ?? "") }.map(\.summary) }
        guard let endlessPageSize else {
            return ListEngagementInvitationsResponse(engagementInvitationSummaries: rows)
        }
        // A service that never stops paging: the same rows again and again, each time with a new NextToken.
        let page = state.withLock { state in
            state.pagesServed += 1
            return state.pagesServed
        }
        return ListEngagementInvitationsResponse(
            engagementInvitationSummaries: Array(rows.prefix(endlessPageSize)), nextToken: "token-\(page)")
    }

    func getInvitation(_ request: GetEngagementInvitationRequest, priority: RequestPriority) async throws
        -> EngagementInvitation
    {
        record("get \(request.identifier)")
        guard let invitation = state.withLock({ $0.invitations[request.identifier] }) else {
            throw PartnerCentralError.resourceNotFound(ErrorContext(serviceMessage: "not found"))
        }
        return invitation
    }

    /// Called while a bulk run waits for the write budget, with the number of waits so far; may throw to end it.
    var onBudgetWait: (@Sendable (Int) async throws -> Void)?

    func waitForWriteBudget() async throws {
        let count = state.withLock { state in
            state.budgetWaits += 1
            return state.budgetWaits
        }
        try await onBudgetWait?(count)
    }

    func reject(_ request: RejectEngagementInvitationRequest) async throws -> WriteReceipt {
        record("reject \(request.identifier)")
        beforeReject?(request.identifier)
        let count = state.withLock { $0.calls.filter { $0.hasPrefix("reject") }.count }
        defer { onReject?(count) }
        if let failure = state.withLock({ $0.failures[request.identifier] }) { throw failure }
        return try state.withLock { state in
            guard var invitation = state.invitations[request.identifier] else {
                throw PartnerCentralError.resourceNotFound(ErrorContext(serviceMessage: "not found"))
            }
            guard invitation.status == .pending else {
                throw FakePartnerCentral.conflict(invitation.status)
            }
            invitation.status = .rejected
            invitation.rejectionReason = request.rejectionReason
            state.invitations[request.identifier] = invitation
            return WriteReceipt(requestId: "req-\(request.identifier)")
        }
    }

    /// The conflict the fake answers a decision on an invitation that is not pending with.
    static func conflict(_ status: InvitationStatus?) -> PartnerCentralError {
        .conflict(
            ErrorContext(
                code: "ConflictException",
                serviceMessage: "The invitation is \(status?.rawValue ?? "?"); only PENDING can be rejected",
                requestId: "req-conflict"))
    }

    func startAccept(_ request: StartEngagementByAcceptingInvitationTaskRequest) async throws
        -> (StartEngagementByAcceptingInvitationTaskResponse, requestId: String?)
    {
        record("start \(request.identifier) \(request.clientToken)")
        state.withLock { $0.invitations[request.identifier]?.status = .accepted }
        return (
            StartEngagementByAcceptingInvitationTaskResponse(
                taskId: "task-0000000000001",
                taskStatus: .inProgress,
                engagementInvitationId: request.identifier
            ),
            requestId: "req-start"
        )
    }

    func acceptLead(_ request: AcceptEngagementInvitationRequest) async throws -> WriteReceipt {
        record("accept \(request.identifier)")
        if let failure = state.withLock({ $0.failures[request.identifier] }) { throw failure }
        state.withLock { $0.invitations[request.identifier]?.status = .accepted }
        return WriteReceipt(requestId: "req-accept")
    }

    func getEngagement(_ request: GetEngagementRequest) async throws -> GetEngagementResponse {
        record("engagement \(request.identifier)")
        return GetEngagementResponse(id: request.identifier, contexts: [])
    }

    func listAcceptTasks(_ request: ListEngagementByAcceptingInvitationTasksRequest) async throws
        -> ListEngagementByAcceptingInvitationTasksResponse
    {
        record("tasks \(request.taskIdentifier ?? [])")
        let polls = state.withLock { $0.calls.filter { $0.hasPrefix("tasks") }.count }
        onListTasks?(polls)
        if let listTasksFailure { throw listTasksFailure }
        return ListEngagementByAcceptingInvitationTasksResponse(taskSummaries: [
            ListEngagementByAcceptingInvitationTaskSummary(
                taskId: "task-0000000000001",
                taskStatus: tasksStayInProgress ? .inProgress : .complete,
                opportunityId: "O1234"
            )
        ])
    }
}

/// A pending Sandbox invitation with a title and dates.
func makeInvitation(
    _ id: String,
    title: String = "Data platform migration",
    status: InvitationStatus = .pending,
    catalog: String = "Sandbox"
) -> EngagementInvitation {
    EngagementInvitation(
        arn: "arn:aws:partnercentral:us-east-1::catalog/\(catalog)/engagement-invitation/\(id)",
        payloadType: .opportunityInvitation,
        id: id,
        engagementId: "eng-00000000000001",
        engagementTitle: title,
        status: status,
        invitationDate: Timestamp(text: "2026-01-02T03:04:05.678Z"),
        expirationDate: Timestamp(text: "2026-01-17T03:04:05.678Z"),
        senderAwsAccountId: "123456789012",
        senderCompanyName: "AWS",
        catalog: catalog
    )
}
