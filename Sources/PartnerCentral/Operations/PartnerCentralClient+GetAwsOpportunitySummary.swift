extension PartnerCentralClient {
    /// `GetAwsOpportunitySummary`.
    public func getAwsOpportunitySummary(
        _ request: GetAwsOpportunitySummaryRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> GetAwsOpportunitySummaryResponse {
        try await run { () async throws(CallFailure) in
            try await call(
                .getAwsOpportunitySummary,
                request,
                as: GetAwsOpportunitySummaryResponse.self,
                context: Self.context(catalog: request.catalog, identifier: request.relatedOpportunityIdentifier),
                priority: priority
            ).0
        }
    }
}
