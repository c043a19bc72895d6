import PartnerCentral
import Testing

@testable import PartnerTriageCLI

@Suite("Accept task results")
struct AcceptResultTests {
    @Test func aFailedTaskIsAFailureWithItsReasonCode() {
        let task = StartEngagementByAcceptingInvitationTaskResponse(
            taskId: "task-0000000000001",
            taskStatus: .failed,
            message: "No \u{1b}[31mcapacity",
            reasonCode: ReasonCode(rawValue: "OpportunityValidationFailed")
        )
        let result = AcceptCommand.result(for: task, requestId: "r1", waited: true)
        #expect(
            result
                == BulkItemResult(
                    outcome: .failed,
                    requestId: "r1",
                    errorCode: "OpportunityValidationFailed",
                    detail: "task task-0000000000001 FAILED OpportunityValidationFailed: No ^[[31mcapacity"
                )
        )
    }

    @Test func aTaskStillRunningAfterTheWaitIsReportedAsSuch() {
        let task = StartEngagementByAcceptingInvitationTaskResponse(
            taskId: "task-0000000000001",
            taskStatus: .inProgress
        )
        let waited = AcceptCommand.result(for: task, requestId: nil, waited: true)
        #expect(waited.errorCode == "TaskTimedOut")
        #expect(waited.outcome == .acceptStarted && waited.unconfirmed)
        #expect(AcceptCommand.result(for: task, requestId: nil, waited: false).outcome == .acceptStarted)
    }

    @Test func theWaiterPollsWithBackoffUntilTheTaskEnds() async throws {
        let delays = SharedValue<[Duration]>([])
        let waiter = AcceptTaskWaiter(sleep: { delay in delays.withLock { $0.append(delay) } })
        let service = FakeInvitationService(invitations: [makeInvitation("engi-0000000000001")])
        let task = try await waiter.wait(taskId: "task-0000000000001", catalog: "Sandbox", service: service)
        #expect(task?.taskStatus == .complete)
        #expect(task?.opportunityId == "O1234")
        #expect(delays.current == [.milliseconds(500)])
    }
}
