extension PartnerCentralClient {
    /// `GetEngagement`.
    public func getEngagement(
        _ request: GetEngagementRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> GetEngagementResponse {
        try await run { () async throws(CallFailure) in
            try await call(
                .getEngagement,
                request,
                as: GetEngagementResponse.self,
                context: Self.context(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            ).0
        }
    }
}
