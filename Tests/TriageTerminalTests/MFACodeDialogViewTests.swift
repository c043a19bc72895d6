import Foundation
import PartnerCentral
import Testing
import TriageCore

@testable import TriageTerminal

/// The MFA code dialog and the header's identity (issue 5).
@Suite struct MFACodeDialogViewTests {
    static let prompt = "Enter MFA code for arn:aws:iam::123456789012:mfa/alice:"

    func dialogState(cols: Int, rows: Int, typed: [Key]) -> TriageState {
        var state = ViewFixtures.listState(cols: cols, rows: rows)
        ViewFixtures.press([.down, .enter], on: &state)
        _ = state.update(.mfaCodeRequested(prompt: Self.prompt))
        ViewFixtures.press(typed, on: &state)
        return state
    }

    @Test func dialog80x24OverDetails() {
        let state = dialogState(cols: 80, rows: 24, typed: [.char("1"), .char("2"), .char("3")])
        SnapshotAssertion.assertSnapshot(
            TriageView.render(state, fill: TriageViewSnapshotTests.sentinel), named: "mfa-code-80x24")
    }

    @Test func dialogShowsThePromptTheDigitsAndTheKeys() {
        let grid = TriageView.render(dialogState(cols: 100, rows: 30, typed: [.char("4"), .char("2")]))
        let text = (0..<30).map { grid.text(ofRow: $0) }.joined(separator: "\n")
        #expect(text.contains("MFA code"))
        #expect(text.contains(Self.prompt))
        #expect(text.contains("Code: 42____"))
        #expect(text.contains("Enter send · Esc cancel"))
    }

    @Test func headerShowsTheRoleAndAccount() {
        let label = "profile ops · role Triage · account 444455556666"
        for cols in [120, 160] {
            var state = ViewFixtures.listState(cols: cols, rows: 30)
            _ = state.update(.identityResolved(label: label))
            let header = TriageView.render(state).text(ofRow: 0)
            #expect(header.contains(label), "\(cols) columns: \(header)")
        }
    }
}
