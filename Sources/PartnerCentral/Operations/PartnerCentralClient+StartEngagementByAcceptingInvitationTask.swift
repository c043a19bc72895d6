extension PartnerCentralClient {
    /// `StartEngagementByAcceptingInvitationTask`. The request's `ClientToken` is sent unchanged on every retry, so a
    /// retried start returns the same task instead of starting a second one.
    public func startEngagementByAcceptingInvitationTask(
        _ request: StartEngagementByAcceptingInvitationTaskRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ServiceResult<StartEngagementByAcceptingInvitationTaskResponse> {
        try await run { () async throws(CallFailure) in
            let (response, outcome) = try await call(
                .startEngagementByAcceptingInvitationTask,
                request,
                as: StartEngagementByAcceptingInvitationTaskResponse.self,
                context: Self.context(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            )
            return ServiceResult(value: response, requestId: outcome.requestId)
        }
    }

    /// Starts accepting an invitation with a fresh client token for this intent (from the injected generator) unless
    /// one is given; keep the returned request's token if you need to repeat the same intent later.
    public func startEngagementByAcceptingInvitationTask(
        catalog: String,
        identifier: String,
        clientToken: String? = nil,
        tags: [Tag]? = nil,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ServiceResult<StartEngagementByAcceptingInvitationTaskResponse> {
        let request = StartEngagementByAcceptingInvitationTaskRequest(
            catalog: catalog,
            clientToken: clientToken ?? dependencies.makeClientToken(),
            identifier: identifier,
            tags: tags
        )
        return try await startEngagementByAcceptingInvitationTask(request, priority: priority)
    }
}
