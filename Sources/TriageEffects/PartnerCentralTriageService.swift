import PartnerCentral
import TriageCore

/// The UI's calls on the real client: reads the user asked for go at interactive priority, page loading and
/// prefetch at background priority, so the pacer serves the user first within the read quota.
public struct PartnerCentralTriageService: TriageService {
    let client: PartnerCentralClient

    /// Wraps `client`.
    public init(client: PartnerCentralClient) {
        self.client = client
    }

    public func listPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsResponse
    {
        try await client.listEngagementInvitations(request, priority: RequestPacer.Priority(priority))
    }

    public func readListPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsPage
    {
        try await client.listEngagementInvitationsPage(request, priority: RequestPacer.Priority(priority))
    }

    public func getInvitation(_ request: GetEngagementInvitationRequest, priority: RequestPriority) async throws
        -> EngagementInvitation
    {
        try await client.getEngagementInvitation(request, priority: RequestPacer.Priority(priority))
    }

    public func waitForWriteBudget() async throws {
        try await client.waitForWriteBudget()
    }

    public func reject(_ request: RejectEngagementInvitationRequest) async throws -> WriteReceipt {
        let result = try await client.rejectEngagementInvitation(request, priority: RequestPacer.Priority(.foreground))
        return WriteReceipt(requestId: result.requestId, alreadyDone: result.outcome == .alreadyDoneByEarlierAttempt)
    }

    public func startAccept(_ request: StartEngagementByAcceptingInvitationTaskRequest) async throws
        -> (StartEngagementByAcceptingInvitationTaskResponse, requestId: String?)
    {
        let result = try await client.startEngagementByAcceptingInvitationTask(
            request, priority: RequestPacer.Priority(.foreground))
        return (result.value, result.requestId)
    }

    public func acceptLead(_ request: AcceptEngagementInvitationRequest) async throws -> WriteReceipt {
        let result = try await client.acceptEngagementInvitation(request, priority: RequestPacer.Priority(.foreground))
        return WriteReceipt(requestId: result.requestId, alreadyDone: result.outcome == .alreadyDoneByEarlierAttempt)
    }

    public func getEngagement(_ request: GetEngagementRequest) async throws -> GetEngagementResponse {
        try await client.getEngagement(request, priority: RequestPacer.Priority(.foreground))
    }

    public func listOpportunities(_ request: ListOpportunitiesRequest, priority: RequestPriority) async throws
        -> ListOpportunitiesResponse
    {
        try await client.listOpportunities(request, priority: RequestPacer.Priority(priority))
    }

    public func getOpportunity(_ request: GetOpportunityRequest, priority: RequestPriority) async throws
        -> GetOpportunityResponse
    {
        try await client.getOpportunity(request, priority: RequestPacer.Priority(priority))
    }

    public func getAwsOpportunitySummary(_ request: GetAwsOpportunitySummaryRequest) async throws
        -> GetAwsOpportunitySummaryResponse
    {
        try await client.getAwsOpportunitySummary(request, priority: RequestPacer.Priority(.foreground))
    }

    public func listEngagementMembers(_ request: ListEngagementMembersRequest) async throws
        -> ListEngagementMembersResponse
    {
        try await client.listEngagementMembers(request, priority: RequestPacer.Priority(.foreground))
    }

    public func assignOpportunity(_ request: AssignOpportunityRequest) async throws -> WriteReceipt {
        WriteReceipt(requestId: try await client.assignOpportunity(request))
    }

    public func listAcceptTasks(_ request: ListEngagementByAcceptingInvitationTasksRequest) async throws
        -> ListEngagementByAcceptingInvitationTasksResponse
    {
        try await client.listEngagementByAcceptingInvitationTasks(request, priority: RequestPacer.Priority(.background))
    }
}
