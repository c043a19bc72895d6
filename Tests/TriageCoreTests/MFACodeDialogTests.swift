import Foundation
import PartnerCentral
import Testing

@testable import TriageCore

/// The MFA code dialog: opened by the credentials at any time, over any screen, answered with `.answerMFA`.
@Suite struct MFACodeDialogTests {
    static let prompt = "Enter MFA code for arn:aws:iam::123456789012:mfa/alice:"

    func asked(_ state: TriageState = loadedState(3)) -> TriageState {
        var state = state
        #expect(state.send(.mfaCodeRequested(prompt: Self.prompt)).isEmpty)
        return state
    }

    @Test func requestOpensTheDialogOverTheList() {
        let state = asked()
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: ""))
        #expect(state.activeKind == .mfaCode)
        #expect(state.baseScreen == .list)
    }

    @Test func digitsAndBackspaceEditTheCode() {
        var state = asked()
        #expect(state.press(.char("1"), .char("2"), .char("3")).isEmpty)
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: "123"))
        state.press(.backspace)
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: "12"))
        state.press(.char("x"), .char(" "), .char("r"), .char("q"))
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: "12"), "only digits are typed")
        state.press(.char("3"), .char("4"), .char("5"), .char("6"), .char("7"))
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: "123456"), "at most six digits")
        state.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: ""))
    }

    @Test func enterSendsTheSixDigitsAndCloses() {
        var state = asked()
        state.press(.char("1"), .char("2"), .char("3"), .char("4"), .char("5"), .char("6"))
        #expect(state.press(.enter) == [.answerMFA(code: "123456")])
        #expect(state.screen == .list)
    }

    @Test func enterWithTooFewDigitsKeepsTheDialogAndSaysWhy() {
        var state = asked()
        state.press(.char("1"), .char("2"))
        #expect(state.press(.enter).isEmpty)
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: "12"))
        #expect(state.footer?.text == "An MFA code has 6 digits.")
    }

    @Test func escapeCancelsAndCloses() {
        var state = asked()
        state.press(.char("1"))
        #expect(state.press(.escape) == [.answerMFA(code: nil)])
        #expect(state.screen == .list)
    }

    @Test func opensOverEveryOtherScreenAndReturnsToIt() {
        var details = loadedState(3)
        details.press(.enter)
        var confirmation = loadedState(3)
        confirmation.press(.char("r"), .char("1"))
        var help = loadedState(3)
        help.press(.char("?"))
        var picker = freshState(catalog: nil)
        picker.press(.down)
        var filter = loadedState(3)
        filter.press(.char("/"), .char("x"))
        for before in [details, confirmation, help, picker, filter] {
            var state = asked(before)
            #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: ""), "over \(before.screen)")
            #expect(state.baseScreen == before.baseScreen)
            state.press(.char("9"), .char("8"), .char("7"), .char("6"), .char("5"), .char("4"))
            #expect(state.press(.enter) == [.answerMFA(code: "987654")])
            #expect(state.stack == before.stack, "back to \(before.screen)")
            #expect(state.isEditingFilter == before.isEditingFilter)
        }
    }

    @Test func keysOfTheScreenBelowDoNotReachIt() {
        var state = asked(loadedState(3))
        let before = state
        #expect(state.press(.down, .char("r"), .char("a"), .char(" "), .char("R")).isEmpty)
        #expect(state.cursor == before.cursor)
        #expect(state.tagged.isEmpty)
    }

    @Test func questionMarkShowsTheDialogsKeysAndReturns() {
        var state = asked()
        state.press(.char("4"), .char("?"))
        #expect(state.screen == .help(for: .mfaCode))
        state.press(.escape)
        #expect(state.screen == .mfaCode(prompt: Self.prompt, entered: "4"))
    }

    @Test func everyKeyInTheDialogsHelpDoesSomething() {
        for entry in helpEntries(for: .mfaCode) {
            for key in entry.keys {
                var state = asked()
                state.press(.char("1"), .char("2"), .char("3"), .char("4"), .char("5"))
                let before = state
                let effects = state.press(key)
                #expect(state != before || !effects.isEmpty, "\(entry.label) (\(key)) did nothing")
            }
        }
    }

    @Test func hostilePromptIsCleaned() {
        var state = loadedState(3)
        state.send(.mfaCodeRequested(prompt: "Enter MFA code for \u{1b}[2Jevil\u{202E}:"))
        guard case .mfaCode(let prompt, _) = state.screen else {
            Issue.record("no dialog")
            return
        }
        #expect(!prompt.unicodeScalars.contains { TerminalSafe.isUnsafe($0) })
    }

    @Test func ctrlCStillQuits() {
        var state = asked()
        #expect(state.press(.ctrl("c")) == [.quit])
    }
}
