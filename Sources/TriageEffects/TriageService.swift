import PartnerCentral
import TriageCore

/// The Partner Central calls the effect runner makes, so it can be tested against a fake; the real one adapts
/// the client and maps ``RequestPriority`` to the client's request priorities.
public protocol TriageService: Sendable {
    /// One page of `ListEngagementInvitations`.
    func listPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsResponse
    /// `GetEngagementInvitation`.
    func getInvitation(_ request: GetEngagementInvitationRequest, priority: RequestPriority) async throws
        -> EngagementInvitation
    /// Returns when a reject or accept could go out at once within the write quota, without using it; cancelling
    /// the wait sends nothing.
    func waitForWriteBudget() async throws
    /// `RejectEngagementInvitation`.
    func reject(_ request: RejectEngagementInvitationRequest) async throws -> WriteReceipt
    /// `StartEngagementByAcceptingInvitationTask`.
    func startAccept(_ request: StartEngagementByAcceptingInvitationTaskRequest) async throws
        -> (StartEngagementByAcceptingInvitationTaskResponse, requestId: String?)
    /// `AcceptEngagementInvitation`, how leads are accepted.
    func acceptLead(_ request: AcceptEngagementInvitationRequest) async throws -> WriteReceipt
    /// `GetEngagement`.
    func getEngagement(_ request: GetEngagementRequest) async throws -> GetEngagementResponse
    /// One page of `ListEngagementByAcceptingInvitationTasks`.
    func listAcceptTasks(_ request: ListEngagementByAcceptingInvitationTasksRequest) async throws
        -> ListEngagementByAcceptingInvitationTasksResponse
}

/// What a successful write returned, for the audit log.
public struct WriteReceipt: Sendable, Equatable {
    /// The service's request id.
    public var requestId: String?
    /// The client found the decision already made by an earlier attempt of the same request (a retry after a
    /// lost response), so this call changed nothing.
    public var alreadyDone: Bool = false

    /// Creates a receipt.
    public init(requestId: String?, alreadyDone: Bool = false) {
        self.requestId = requestId
        self.alreadyDone = alreadyDone
    }
}
