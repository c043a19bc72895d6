import Testing

@testable import TriageTerminal

/// terminfo's answer about `TERM`, asked before curses starts, and the line a person gets when the UI cannot run.
@Suite struct TerminalSupportTests {
    @Test func aTerminalWithCursorAddressingIsUsable() {
        #expect(TerminalSupport.check(term: "xterm-256color") == .usable)
        #expect(TerminalSupport.usable.explanation(term: "xterm-256color") == nil)
    }

    @Test func dumbCannotMoveTheCursor() {
        #expect(TerminalSupport.check(term: "dumb") == .noCursorAddressing)
        #expect(
            TerminalSupport.noCursorAddressing.explanation(term: "dumb")
                == "the interactive UI cannot run on this terminal (TERM=dumb: it cannot move the cursor). Set TERM "
                + "to your terminal's type, e.g. TERM=xterm-256color, or use the command line instead: "
                + "partner-triage list --catalog Sandbox.")
    }

    @Test func anUnknownNameHasNoTerminfoEntry() {
        #expect(TerminalSupport.check(term: "nonexistent-term") == .unknown)
        let line = TerminalSupport.unknown.explanation(term: "nonexistent-term") ?? ""
        #expect(line.contains("TERM=nonexistent-term: there is no terminfo entry for it"))
        #expect(line.contains("TERM=xterm-256color") && line.contains("partner-triage list"))
    }

    @Test func aHostileTermValueIsShownWithoutControlCharacters() {
        let line = TerminalSupport.unknown.explanation(term: "x\u{1b}[2Jy") ?? ""
        #expect(!line.contains("\u{1b}"))
        #expect(TerminalSupport.unknown.explanation(term: nil)?.contains("TERM is not set") == true)
    }

    @Test func askingLeavesCursesAbleToStartLater() {
        // Two questions in a row: the first answer's terminfo description was freed and nothing is left behind.
        #expect(TerminalSupport.check(term: "dumb") == .noCursorAddressing)
        #expect(TerminalSupport.check(term: "xterm-256color") == .usable)
    }
}
