import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// Service values built to hurt: fields of a megabyte, numbers far beyond any date, a list that never ends. The
/// display models cut them once, so what a frame does stays bounded, and nothing traps.
@Suite struct HostileSizeTests {
    static let megabyte = String(repeating: "A", count: 1 << 20)

    @Test func aMegabyteTitleIsCutOnceWhenTheRowIsMade() {
        var row = summary(1)
        row.engagementTitle = Self.megabyte
        row.senderCompanyName = Self.megabyte
        let made = InvitationRow(summary: row)
        #expect(made.title.count == TerminalSafe.maxFieldCharacters + 1)
        #expect(made.title.hasSuffix("…"))
        #expect(made.sender.count == TerminalSafe.maxFieldCharacters + 1)
        // The filter's search text is made from the cut fields, so every keystroke searches at most this much.
        #expect(made.searchText.count <= 3 * (TerminalSafe.maxFieldCharacters + 1) + 2 + made.idLabel.count)
    }

    @Test func cleaningLooksAtNoMoreCharactersThanItKeeps() {
        // One grapheme of a million combining marks is a single Character: it is cut too.
        let zalgo = "a" + String(repeating: "\u{0301}", count: 1 << 20)
        #expect(TerminalSafe.clean(zalgo).unicodeScalars.count <= TerminalSafe.maxScalarsPerCharacter)
        // The limit counts what is shown: 256 escapes as `^[`, then the ellipsis.
        let cut = TerminalSafe.clean(String(repeating: "\u{1b}", count: 10_000))
        #expect(cut.count == TerminalSafe.maxFieldCharacters + 1)
        #expect(TerminalSafe.clean(cut) == cut)
    }

    @Test func freeTextKeepsAFewThousandCharactersOnAHundredLines() {
        let lines = TerminalSafe.cleanLines(String(repeating: "line\n", count: 100_000))
        #expect(lines.count == TerminalSafe.maxTextLines)
        #expect(lines.last == "line…")
        let long = TerminalSafe.cleanLines(Self.megabyte)
        #expect(long.count == 1)
        #expect(long[0].count == TerminalSafe.maxTextCharacters + 1)
        #expect(TerminalSafe.cleanLines("a\nb") == ["a", "b"])
    }

    @Test func detailsCutEveryFieldAndList() {
        var invitation = invitation(1, title: Self.megabyte)
        invitation.invitationMessage = Self.megabyte
        invitation.engagementDescription = String(repeating: "x\n", count: 1 << 19)
        invitation.existingMembers = Array(repeating: EngagementMemberSummary(companyName: "M"), count: 10_000)
        let details = InvitationDetails(invitation: invitation)
        #expect(details.title.count == TerminalSafe.maxFieldCharacters + 1)
        #expect(details.invitationMessage.joined().count <= TerminalSafe.maxTextCharacters + 1)
        #expect(details.engagementDescription.count == TerminalSafe.maxTextLines)
        #expect(details.existingMembers.count == TerminalSafe.maxListItems)
    }

    @Test func aPastedMegabyteFilterIsCut() {
        var state = freshState()
        state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: [summary(1)], nextToken: nil))
        state.send(.key(.char("/")))
        state.setTextFilter(Self.megabyte)
        #expect(state.textFilter.count == TerminalSafe.maxFieldCharacters)
    }

    // MARK: - Numbers

    @Test(arguments: [1e21, 1e300, 9e10, -6e10, -1e308, .greatestFiniteMagnitude])
    func anyExpirationNeitherTrapsNorShowsNonsense(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        let expiry = Expiry(expiration: date, now: testNow)
        let displayable = DisplayableDate.range.contains(seconds)
        #expect(expiry.urgency == (displayable ? (seconds > 0 ? .normal : .expired) : .unknown), "\(seconds)")
        let day = InvitationRow.dayText(date, timeZone: .gmt)
        if displayable {
            #expect(!day.hasPrefix("-") && day.count == 10, "\(day)")
        } else {
            #expect(day == "—")
        }
        var row = summary(1)
        row.expirationDate = Timestamp(date)
        row.invitationDate = Timestamp(date)
        let made = InvitationRow(summary: row)
        _ = made.expiry(now: testNow)
        _ = ListSort(.expiry).ordered([made, InvitationRow(summary: summary(2))], facts: [:], now: testNow)
    }

    @Test func ninetyBillionSecondsIsAFarDay() {
        let expiry = Expiry(expiration: Date(timeIntervalSince1970: 9e10), now: testNow)
        #expect(expiry.text.hasPrefix("in ") && expiry.text.hasSuffix("d"))
        #expect(InvitationRow.dayText(Date(timeIntervalSince1970: 9e10), timeZone: .gmt).hasPrefix("4821-"))
        #expect(InvitationRow.dayText(Date(timeIntervalSince1970: -1e308), timeZone: .gmt) == "—")
        #expect(Expiry(expiration: Date(timeIntervalSince1970: .nan), now: testNow).text == "—")
    }

    // MARK: - Pages

    @Test func aListThatNeverEndsStopsAtThePageCapWithAMessage() {
        var state = freshState()
        var effects: [TriageEffect] = []
        for page in 1...TriageState.maxPages {
            effects = state.send(
                .pageLoaded(catalog: .sandbox, generation: 1, summaries: [], nextToken: "token-\(page)"))
        }
        #expect(!effects.contains { if case .listPage = $0 { true } else { false } })
        #expect(!state.isLoadingMore)
        #expect(state.pagesLoaded == TriageState.maxPages)
        #expect(state.footer?.text.contains("Stopped after 1000 pages") == true)
        #expect(state.footer?.text.contains("kept sending NextToken") == true)
    }

    @Test func aListStopsAtTheRowCap() {
        var state = freshState()
        let page = (1...1_000).map { summary($0) }
        var effects: [TriageEffect] = []
        for token in 1...100 {
            // The same ids again: rows are stored by id, so make them distinct per page.
            let rows = page.map { row -> EngagementInvitationSummary in
                var row = row
                row.id = "\(row.id ?? "")-\(token)"
                return row
            }
            effects = state.send(.pageLoaded(catalog: .sandbox, generation: 1, summaries: rows, nextToken: "t\(token)"))
        }
        #expect(state.invitations.count == TriageState.maxRows)
        #expect(!effects.contains { if case .listPage = $0 { true } else { false } })
        #expect(state.footer?.text.contains("100000 invitations") == true)
    }
}
