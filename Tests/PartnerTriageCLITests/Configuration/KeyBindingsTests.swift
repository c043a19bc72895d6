import Foundation
import PartnerCentral
import Testing
import TriageCore

@testable import PartnerTriageCLI

/// The `[keys]` remapping as a translation in front of the core: the core only ever sees its own keys.
@Suite("Key bindings")
struct KeyBindingsTests {
    static let rejectOnX = KeyBindings(keys: [.reject: .char("x")])

    func listState() -> TriageState {
        TriageState(catalog: .sandbox, identityLabel: "test", now: Date(timeIntervalSince1970: 0), sessionNonce: "n")
    }

    @Test func aRemappedKeyBecomesTheCoresKeyAndTheOldOneDoesNothing() {
        let state = listState()
        #expect(Self.rejectOnX.translate(.char("x"), in: state) == .char("r"))
        #expect(Self.rejectOnX.translate(.char("r"), in: state) == nil)
        #expect(Self.rejectOnX.translate(.char("a"), in: state) == .char("a"))
        #expect(Self.rejectOnX.translate(.down, in: state) == .down)
    }

    @Test func swappedKeysTradePlaces() {
        let swapped = KeyBindings(keys: [.reject: .char("a"), .accept: .char("r")])
        #expect(swapped.translate(.char("a"), in: listState()) == .char("r"))
        #expect(swapped.translate(.char("r"), in: listState()) == .char("a"))
    }

    @Test func typedTextIsNeverTranslated() {
        var state = listState()
        _ = state.update(.key(.char("/")))
        #expect(state.isEditingFilter)
        #expect(Self.rejectOnX.translate(.char("x"), in: state) == .char("x"))
        #expect(Self.rejectOnX.translate(.char("r"), in: state) == .char("r"))
    }

    @Test func noBindingsHandEveryKeyOver() {
        #expect(KeyBindings.standard.translate(.char("r"), in: listState()) == .char("r"))
    }

    @Test func theHelpShowsTheRemappedKeys() {
        let bindings = KeyBindings(keys: [.reject: .char("x"), .reload: .char("L"), .quit: .char("z")])
        let entries = bindings.relabel(helpEntries(for: .list))
        #expect(entries.contains { $0.label == "x" && $0.action.hasPrefix("Reject") && $0.keys == [.char("x")] })
        #expect(entries.contains { $0.label == "L/F5" && $0.action == "Reload" })
        #expect(entries.contains { $0.label == "z Q" && $0.action == "Quit" })
        #expect(!entries.contains { $0.label == "r" })
    }

    @Test func theHelpAndFooterAreRelabelledOnlyWhereKeysAreRemapped() {
        let bindings = KeyBindings(keys: [.copyID: .char("i"), .quit: .char("z")])
        #expect(
            bindings.relabel(footerHints(for: .list), on: .list).contains { $0.label == "z" && $0.action == "quit" })
        #expect(bindings.relabel(helpEntries(for: .list), on: .help).contains { $0.label == "i / Y" })
        // A quit question's y is an answer, not the copy key.
        let question = footerHints(for: .quitConfirm)
        #expect(bindings.relabel(question, on: .quitConfirm) == question)
    }
}
