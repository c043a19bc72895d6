import PartnerCentral
import Testing
import TriageCore
import TriageTerminal

@testable import PartnerTriageCLI

/// The UI's observer: a slow request's reports become status-line messages for the run loop, the end clears them.
@Suite struct StatusLineProgressTests {
    @Test func waitsAndRetriesPostTheirTextAndTheEndPostsAClear() {
        let mailbox = Mailbox()
        let observer = TriageUILauncher.statusLineProgress(mailbox: mailbox)
        let report = { (event: CallProgress.Event, attempt: Int) in
            observer.report(
                CallProgress(
                    call: 4, event: event, operation: .listEngagementInvitations, host: "127.0.0.1:4777",
                    attempt: attempt, maxAttempts: 3))
        }
        report(.attemptStarted, 1)
        report(.stillWaiting(seconds: 2), 1)
        report(.attemptStarted, 2)
        report(.finished, 2)
        let posted = mailbox.drain().map { item -> String in
            guard case .message(.connectionProgress(let call, let text)) = item else { return "other" }
            return "\(call): \(text ?? "clear")"
        }
        #expect(
            posted == [
                "4: no answer from 127.0.0.1:4777 yet (2 s), attempt 1 of 3…",
                "4: trying 127.0.0.1:4777 again, attempt 2 of 3…", "4: clear",
            ])
    }
}
