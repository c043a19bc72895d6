import PartnerCentral
import Testing

@testable import TriageCore

/// The status line's notice of a slow request: set by a progress report, cleared only by the end of its own call.
@Suite struct ConnectionNoticeTests {
    @Test func aProgressReportSetsTheNoticeCleanedAndAsksForNothing() {
        var state = TriageState(catalog: .sandbox, identityLabel: "p", now: testNow, sessionNonce: "n")
        let (next, effects) = triageUpdate(
            state, .connectionProgress(call: 3, text: "no answer from evil\u{1b}[2J.example yet, attempt 2 of 3…"))
        state = next
        #expect(effects.isEmpty)
        #expect(state.connectionNotice?.call == 3)
        #expect(state.connectionNotice?.text.contains("\u{1b}") == false)
        #expect(state.connectionNotice?.text.hasSuffix("attempt 2 of 3…") == true)
    }

    @Test func onlyTheEndOfTheSameCallClearsIt() {
        var state = TriageState(catalog: .sandbox, identityLabel: "p", now: testNow, sessionNonce: "n")
        _ = state.update(.connectionProgress(call: 3, text: "trying 127.0.0.1:9 again, attempt 2 of 3…"))
        _ = state.update(.connectionProgress(call: 2, text: nil))
        #expect(state.connectionNotice == ConnectionNotice(call: 3, text: "trying 127.0.0.1:9 again, attempt 2 of 3…"))
        _ = state.update(.connectionProgress(call: 3, text: nil))
        #expect(state.connectionNotice == nil)
    }

    @Test func aLaterCallsNoticeReplacesAnEarlierOne() {
        var state = TriageState(catalog: .sandbox, identityLabel: "p", now: testNow, sessionNonce: "n")
        _ = state.update(.connectionProgress(call: 1, text: "first"))
        _ = state.update(.connectionProgress(call: 2, text: "second"))
        #expect(state.connectionNotice == ConnectionNotice(call: 2, text: "second"))
    }
}
