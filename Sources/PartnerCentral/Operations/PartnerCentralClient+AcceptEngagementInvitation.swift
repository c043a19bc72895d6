import Logging

extension PartnerCentralClient {
    /// `AcceptEngagementInvitation` (the direct accept; partners are told to use
    /// ``startEngagementByAcceptingInvitationTask(_:priority:)``). A retried call that answers `ConflictException`
    /// for an invitation that is now `ACCEPTED` counts as done by the earlier attempt.
    public func acceptEngagementInvitation(
        _ request: AcceptEngagementInvitationRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> DecisionResult {
        let context = Self.context(catalog: request.catalog, identifier: request.identifier)
        do {
            let outcome = try await send(.acceptEngagementInvitation, request, context: context, priority: priority)
            return DecisionResult(outcome: .done, requestId: outcome.requestId, attempts: outcome.attempts)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            guard error.error.code == .conflict, error.attempts > 1 else { throw error.error }
            let current = try await getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            )
            guard current.status == .accepted else { throw error.error }
            logger.debug(
                "accept conflict after a retry: the invitation is already accepted",
                metadata: ["aws.operation": "AcceptEngagementInvitation", "id": "\(request.identifier)"]
            )
            return DecisionResult(
                outcome: .alreadyDoneByEarlierAttempt,
                requestId: error.error.requestId,
                attempts: error.attempts
            )
        }
    }
}
