extension PartnerCentralClient {
    /// `ListEngagementInvitations`: one page.
    public func listEngagementInvitations(
        _ request: ListEngagementInvitationsRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ListEngagementInvitationsResponse {
        try await listEngagementInvitationsPage(request, priority: priority).response
    }

    /// `ListEngagementInvitations`: one page, read as far as its `NextToken`, so the next page can be asked for
    /// before this one's rows are decoded (``ListEngagementInvitationsPage/response``).
    public func listEngagementInvitationsPage(
        _ request: ListEngagementInvitationsRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ListEngagementInvitationsPage {
        try await run { () async throws(CallFailure) in
            let context = Self.context(catalog: request.catalog)
            let outcome = try await send(.listEngagementInvitations, request, context: context, priority: priority)
            return ListEngagementInvitationsPage(json: try decodeJSON(from: outcome, context: context))
        }
    }

    /// Every page of `ListEngagementInvitations`, following `NextToken`; `MaxResults` is 100 unless set.
    public func engagementInvitationPages(
        _ request: ListEngagementInvitationsRequest,
        priority: RequestPacer.Priority = .interactive
    ) -> EngagementInvitationPages {
        EngagementInvitationPages(client: self, request: request, priority: priority)
    }

    /// All invitations the request matches, every page merged in the service's order.
    public func allEngagementInvitations(
        _ request: ListEngagementInvitationsRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> [EngagementInvitationSummary] {
        var all: [EngagementInvitationSummary] = []
        for try await page in engagementInvitationPages(request, priority: priority) {
            all += page.engagementInvitationSummaries ?? []
        }
        return all
    }
}
