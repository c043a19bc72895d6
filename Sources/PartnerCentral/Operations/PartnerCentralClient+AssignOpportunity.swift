extension PartnerCentralClient {
    /// `AssignOpportunity`: hands an accepted opportunity to a colleague (the service answers with no body).
    public func assignOpportunity(
        _ request: AssignOpportunityRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> String? {
        try await run { () async throws(CallFailure) in
            try await send(
                .assignOpportunity,
                request,
                context: Self.context(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            ).requestId
        }
    }
}
