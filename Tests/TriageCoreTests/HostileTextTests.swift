import PartnerCentral
import Testing

@testable import TriageCore

/// Service text flows through rows, dialogs, footers and details; none of it may reach a view unsafe.
@Suite struct HostileTextTests {
    private static let hostile = [
        "\u{1b}[2J", "\u{1b}]0;pwned\u{07}", "\u{9b}31m", "\u{202E}", "\u{0}", "\u{7f}", "\r", "\u{2066}x\u{2069}",
    ]

    private func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { TerminalSafe.isUnsafe($0) }
    }

    @Test func hostileServiceTextIsSafeInRowsConfirmationsFootersAndDetails() {
        let evil = HostileTextTests.hostile.joined(separator: "|")
        var state = loadedState(summaries: [summary(1, title: "T" + evil, sender: "S" + evil)])
        for row in state.visibleRows {
            #expect([row.title, row.sender, row.idLabel, row.statusLabel, row.typeLabel].allSatisfy(isSafe))
        }
        state.press(.char("r"), .char("1"))
        guard case .confirmReject(let confirmation) = state.screen else {
            Issue.record("no confirmation")
            return
        }
        #expect(confirmation.lines.allSatisfy(isSafe))
        state.press(.char("y"))
        state.send(
            .rejectFailed(catalog: .sandbox, id: invitationID(1), message: "E" + evil, errorCode: "ConflictException"))
        #expect(isSafe(state.footer?.text ?? ""))
        #expect(state.rowActivity.values.allSatisfy { if case .failed(let text) = $0 { isSafe(text) } else { true } })
        var whole = invitation(1, status: .accepted, title: "T" + evil)
        whole.invitationMessage = evil
        whole.senderCompanyName = evil
        whole.rejectionReason = evil
        state.send(.detailsLoaded(catalog: .sandbox, id: invitationID(1), invitation: whole))
        #expect(isSafe(state.footer?.text ?? ""))
        guard case .loaded(let details) = state.details[invitationID(1)] else {
            Issue.record("details not cached")
            return
        }
        let texts =
            [details.title, details.senderCompany, details.rejectionReason ?? "", details.statusLabel]
            + details.invitationMessage
        #expect(texts.allSatisfy(isSafe))
    }

    @Test func typedFilterTextMatchesCleanedTitles() {
        var state = loadedState(summaries: [summary(1, title: "A\u{1b}[2JB"), summary(2, title: "plain")])
        state.press(.char("/"))
        state.type("^[[2j")
        #expect(state.visibleRows.map(\.id) == [invitationID(1)])
    }
}
