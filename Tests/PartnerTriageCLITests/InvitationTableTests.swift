import PartnerCentral
import Testing

@testable import PartnerTriageCLI

@Suite("Invitation table")
struct InvitationTableTests {
    @Test func hostileTitlesAreMadeTerminalSafe() {
        let hostile = makeInvitation(
            "engi-0000000000001",
            title: "Win\u{1b}]0;pwned\u{07}\u{1b}[2J\u{202e}gnp.exe\r"
        )
        let lines = InvitationTable.render([hostile.summary])
        for line in lines {
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7f || $0.value == 0x202e })
        }
        #expect(lines[1].hasSuffix("Win^[]0;pwned^G^[[2J<U+202E>gnp.exe^M"))
    }

    @Test func columnsAlignByDisplayWidth() {
        let wide = makeInvitation("engi-0000000000001", title: "東京の移行")
        var narrow = makeInvitation("engi-0000000000002", title: "Tokyo")
        narrow.senderCompanyName = "株式会社サンプル"
        let lines = InvitationTable.render([wide.summary, narrow.summary])
        #expect(
            lines == [
                "ID                  STATUS   TYPE         INVITED     EXPIRES     SENDER            TITLE",
                "engi-0000000000001  PENDING  Opportunity  2026-01-02  2026-01-17  AWS               東京の移行",
                "engi-0000000000002  PENDING  Opportunity  2026-01-02  2026-01-17  株式会社サンプル  Tokyo",
            ]
        )
    }

    @Test func longSendersAreCutWithAnEllipsis() {
        #expect(InvitationTable.truncate("abcdefgh", to: 5) == "abcd…")
        #expect(InvitationTable.truncate("日本語日本語", to: 5) == "日本…")
        #expect(InvitationTable.truncate("short", to: 5) == "short")
    }
}
