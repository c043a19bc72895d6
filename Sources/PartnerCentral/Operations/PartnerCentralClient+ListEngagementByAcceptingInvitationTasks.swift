extension PartnerCentralClient {
    /// `ListEngagementByAcceptingInvitationTasks`: one page.
    public func listEngagementByAcceptingInvitationTasks(
        _ request: ListEngagementByAcceptingInvitationTasksRequest,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ListEngagementByAcceptingInvitationTasksResponse {
        try await run { () async throws(CallFailure) in
            try await call(
                .listEngagementByAcceptingInvitationTasks,
                request,
                as: ListEngagementByAcceptingInvitationTasksResponse.self,
                context: Self.context(catalog: request.catalog),
                priority: priority
            ).0
        }
    }

    /// Polls `ListEngagementByAcceptingInvitationTasks` for one task until it leaves `IN_PROGRESS` or `timeout`
    /// seconds pass, sleeping `pollInterval` between polls on the injected clock.
    ///
    /// - Returns: the task's last summary (still `IN_PROGRESS` when the wait timed out), or `nil` when the task was
    ///   never listed.
    public func waitForAcceptTask(
        catalog: String,
        taskIdentifier: String,
        pollInterval: Double = 2,
        timeout: Double = 300,
        priority: RequestPacer.Priority = .interactive
    ) async throws -> ListEngagementByAcceptingInvitationTaskSummary? {
        let clock = dependencies.clock
        let elapsed = clock.stopwatch()
        var last: ListEngagementByAcceptingInvitationTaskSummary?
        while true {
            let page = try await listEngagementByAcceptingInvitationTasks(
                ListEngagementByAcceptingInvitationTasksRequest(catalog: catalog, taskIdentifier: [taskIdentifier]),
                priority: priority
            )
            if let summary = page.taskSummaries?.first(where: {
                $0.taskId == taskIdentifier || $0.taskArn == taskIdentifier
            })
                ?? page.taskSummaries?.first
            {
                last = summary
                if summary.taskStatus != .inProgress { return summary }
            }
            guard elapsed().seconds + pollInterval <= timeout else { return last }
            try await clock.sleep(for: .seconds(clamping: pollInterval))
        }
    }
}
