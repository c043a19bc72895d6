extension PartnerCentralClient {
    /// `ListOpportunities`.
    public func listOpportunities(
        _ request: ListOpportunitiesRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ListOpportunitiesResponse {
        try await run { () async throws(CallFailure) in
            try await call(
                .listOpportunities,
                request,
                as: ListOpportunitiesResponse.self,
                context: Self.context(catalog: request.catalog, identifier: nil),
                priority: priority
            ).0
        }
    }
}
