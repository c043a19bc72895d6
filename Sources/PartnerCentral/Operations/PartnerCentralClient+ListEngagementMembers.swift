extension PartnerCentralClient {
    /// `ListEngagementMembers`.
    public func listEngagementMembers(
        _ request: ListEngagementMembersRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ListEngagementMembersResponse {
        try await run { () async throws(CallFailure) in
            try await call(
                .listEngagementMembers,
                request,
                as: ListEngagementMembersResponse.self,
                context: Self.context(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            ).0
        }
    }
}
