import PartnerCentral
import TriageCore

/// The Partner Central calls the effect runner makes, so it can be tested against a fake; the real one adapts
/// the client and maps ``RequestPriority`` to the client's request priorities.
public protocol TriageService: Sendable {
    /// One page of `ListEngagementInvitations`.
    func listPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsResponse
    /// One page of `ListEngagementInvitations` with its rows not yet decoded, so a listing of every page can ask for
    /// the next one first; a fake need not have it (``listPage(_:priority:)`` answers).
    func readListPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsPage
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
    /// One page of `ListOpportunities` (the partner's own pipeline).
    func listOpportunities(_ request: ListOpportunitiesRequest, priority: RequestPriority) async throws
        -> ListOpportunitiesResponse
    /// `GetOpportunity`.
    func getOpportunity(_ request: GetOpportunityRequest, priority: RequestPriority) async throws
        -> GetOpportunityResponse
    /// `GetAwsOpportunitySummary`.
    func getAwsOpportunitySummary(_ request: GetAwsOpportunitySummaryRequest) async throws
        -> GetAwsOpportunitySummaryResponse
    /// One page of `ListEngagementMembers`.
    func listEngagementMembers(_ request: ListEngagementMembersRequest) async throws -> ListEngagementMembersResponse
    /// `AssignOpportunity` (a write).
    func assignOpportunity(_ request: AssignOpportunityRequest) async throws -> WriteReceipt
}

/// A service that only answers the invitation calls (test fakes) says so for the rest.
public struct UnsupportedCall: Error, CustomStringConvertible {
    /// The operation asked for.
    public var operation: String
    public var description: String { "\(operation) is not available here." }
}

extension TriageService {
    public func readListPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsPage
    { ListEngagementInvitationsPage(try await listPage(request, priority: priority)) }
    public func listOpportunities(_ request: ListOpportunitiesRequest, priority: RequestPriority) async throws
        -> ListOpportunitiesResponse
    { throw UnsupportedCall(operation: "ListOpportunities") }
    public func getOpportunity(_ request: GetOpportunityRequest, priority: RequestPriority) async throws
        -> GetOpportunityResponse
    { throw UnsupportedCall(operation: "GetOpportunity") }
    public func getAwsOpportunitySummary(_ request: GetAwsOpportunitySummaryRequest) async throws
        -> GetAwsOpportunitySummaryResponse
    { throw UnsupportedCall(operation: "GetAwsOpportunitySummary") }
    public func listEngagementMembers(_ request: ListEngagementMembersRequest) async throws
        -> ListEngagementMembersResponse
    { throw UnsupportedCall(operation: "ListEngagementMembers") }
    public func assignOpportunity(_ request: AssignOpportunityRequest) async throws -> WriteReceipt {
        throw UnsupportedCall(operation: "AssignOpportunity")
    }
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
