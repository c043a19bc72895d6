import PartnerCentral

/// ``InvitationService`` over the real client: its errors become ``ServiceFailure``s, cancellation passes through.
struct PartnerCentralInvitationService: InvitationService {
    let client: PartnerCentralClient

    func forEachPage(
        _ request: ListEngagementInvitationsRequest,
        _ body: (ListEngagementInvitationsResponse) async throws -> Bool
    ) async throws {
        try await translated {
            for try await page in client.engagementInvitationPages(request) {
                guard try await body(page) else { return }
            }
        }
    }

    func getInvitation(_ request: GetEngagementInvitationRequest) async throws -> EngagementInvitation {
        try await translated { try await client.getEngagementInvitation(request) }
    }

    func waitForWriteBudget() async throws {
        try await client.waitForWriteBudget()
    }

    func rejectInvitation(_ request: RejectEngagementInvitationRequest) async throws -> String? {
        // `alreadyDoneByEarlierAttempt` is a success: a retry found our own earlier, lost-response reject.
        try await translated { try await client.rejectEngagementInvitation(request).requestId }
    }

    func startAcceptTask(_ request: StartEngagementByAcceptingInvitationTaskRequest) async throws
        -> ServiceResponse<StartEngagementByAcceptingInvitationTaskResponse>
    {
        try await translated {
            let result = try await client.startEngagementByAcceptingInvitationTask(request)
            return ServiceResponse(value: result.value, requestId: result.requestId)
        }
    }

    func acceptInvitation(_ request: AcceptEngagementInvitationRequest) async throws -> String? {
        try await translated { try await client.acceptEngagementInvitation(request).requestId }
    }

    func getEngagement(_ request: GetEngagementRequest) async throws -> GetEngagementResponse {
        try await translated { try await client.getEngagement(request) }
    }

    func listAcceptTasks(_ request: ListEngagementByAcceptingInvitationTasksRequest) async throws
        -> ListEngagementByAcceptingInvitationTasksResponse
    {
        try await translated { try await client.listEngagementByAcceptingInvitationTasks(request) }
    }

    private func translated<Value>(_ body: () async throws -> Value) async throws -> Value {
        do {
            return try await body()
        } catch let error as PartnerCentralError {
            throw ServiceFailure(error)
        }
    }
}
