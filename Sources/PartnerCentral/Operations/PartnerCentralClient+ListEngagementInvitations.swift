extension PartnerCentralClient {
    /// `ListEngagementInvitations`: one page.
    public func listEngagementInvitations(
        _ request: ListEngagementInvitationsRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ListEngagementInvitationsResponse {
        try await run { () async throws(CallFailure) in
            try await call(
                .listEngagementInvitations,
                request,
                as: ListEngagementInvitationsResponse.self,
                context: Self.context(catalog: request.catalog),
                priority: priority
            ).0
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
