import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerTriageCLI

/// The command line's "still waiting" lines go to stderr only when it is a terminal.
@Suite struct WaitingNoticesTests {
    static func progress(_ event: CallProgress.Event, attempt: Int) -> CallProgress {
        CallProgress(
            call: 1, event: event, operation: .listEngagementInvitations, host: "127.0.0.1:4777", attempt: attempt,
            maxAttempts: 3)
    }

    @Test func withoutATerminalNothingIsObserved() {
        #expect(WaitingNotices.observer(standardErrorIsTerminal: false, write: { _ in }) == nil)
    }

    @Test func onATerminalEachWaitAndRetryIsOneLineAndTheRestIsQuiet() throws {
        let lines = SharedValue<[String]>([])
        let write: @Sendable (String) -> Void = { line in lines.withLock { $0.append(line) } }
        let made = WaitingNotices.observer(standardErrorIsTerminal: true, write: write)
        let observer = try #require(made)
        observer.report(Self.progress(.attemptStarted, attempt: 1))
        observer.report(Self.progress(.stillWaiting(seconds: 2.02), attempt: 1))
        observer.report(Self.progress(.attemptStarted, attempt: 2))
        observer.report(Self.progress(.stillWaiting(seconds: 12.4), attempt: 2))
        observer.report(Self.progress(.finished, attempt: 2))
        #expect(
            lines.withLock { $0 } == [
                "partner-triage: no answer from 127.0.0.1:4777 yet (2 s), attempt 1 of 3…",
                "partner-triage: trying 127.0.0.1:4777 again, attempt 2 of 3…",
                "partner-triage: no answer from 127.0.0.1:4777 yet (12 s), attempt 2 of 3…",
            ])
    }
}
