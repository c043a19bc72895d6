extension PartnerCentralClient {
    /// `GetEngagementInvitation`.
    public func getEngagementInvitation(
        _ request: GetEngagementInvitationRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> EngagementInvitation {
        try await run { () async throws(CallFailure) in
            try await call(
                .getEngagementInvitation,
                request,
                as: EngagementInvitation.self,
                context: Self.context(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            ).0
        }
    }
}
