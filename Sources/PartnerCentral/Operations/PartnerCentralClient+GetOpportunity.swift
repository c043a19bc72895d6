extension PartnerCentralClient {
    /// `GetOpportunity`.
    public func getOpportunity(
        _ request: GetOpportunityRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> GetOpportunityResponse {
        try await run { () async throws(CallFailure) in
            try await call(
                .getOpportunity,
                request,
                as: GetOpportunityResponse.self,
                context: Self.context(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            ).0
        }
    }
}
