import Logging

extension PartnerCentralClient {
    /// `RejectEngagementInvitation`, made safe to retry.
    ///
    /// Reject is not idempotent: when the response to a first attempt is lost and the retry answers
    /// `ConflictException`, the invitation is read back; if it is `REJECTED` with our reason, the earlier attempt
    /// worked and the result is ``DecisionResult/Outcome/alreadyDoneByEarlierAttempt``.
    public func rejectEngagementInvitation(
        _ request: RejectEngagementInvitationRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> DecisionResult {
        let context = Self.context(catalog: request.catalog, identifier: request.identifier)
        do {
            let outcome = try await send(.rejectEngagementInvitation, request, context: context, priority: priority)
            return DecisionResult(outcome: .done, requestId: outcome.requestId, attempts: outcome.attempts)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            guard error.error.code == .conflict, error.attempts > 1 else { throw error.error }
            let current = try await getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: request.catalog, identifier: request.identifier),
                priority: priority
            )
            guard current.status == .rejected,
                request.rejectionReason == nil || current.rejectionReason == request.rejectionReason
            else { throw error.error }
            logger.debug(
                "reject conflict after a retry: the invitation is already rejected with our reason",
                metadata: ["aws.operation": "RejectEngagementInvitation", "id": "\(request.identifier)"]
            )
            return DecisionResult(
                outcome: .alreadyDoneByEarlierAttempt,
                requestId: error.error.requestId,
                attempts: error.attempts
            )
        }
    }
}
