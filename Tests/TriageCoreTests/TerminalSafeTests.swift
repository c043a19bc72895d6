import Testing

@testable import TriageCore

@Suite struct TerminalSafeTests {
    @Test func clearScreenSequenceBecomesVisibleCaretText() {
        #expect(TerminalSafe.clean("a\u{1b}[2Jb") == "a^[[2Jb")
    }

    @Test func oscTitleSetIsNeutralised() {
        let cleaned = TerminalSafe.clean("\u{1b}]0;pwned\u{07}Title")
        #expect(cleaned == "^[]0;pwned^GTitle")
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func c1ControlIntroducerBecomesPlaceholder() {
        #expect(TerminalSafe.clean("x\u{9b}31my") == "x<U+009B>31my")
    }

    @Test func rightToLeftOverrideBecomesPlaceholder() {
        #expect(TerminalSafe.clean("invoice\u{202E}fdp.exe") == "invoice<U+202E>fdp.exe")
    }

    @Test func everyBidiControlBecomesPlaceholder() {
        for value: UInt32 in [
            0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
        ] {
            let scalar = Unicode.Scalar(value)!
            let cleaned = TerminalSafe.clean("a" + String(Character(scalar)) + "b")
            #expect(!cleaned.unicodeScalars.contains(scalar), "U+\(String(value, radix: 16)) survived")
            #expect(cleaned.contains("<U+"))
        }
    }

    @Test func nulDelAndCarriageReturnBecomeCaretNotation() {
        #expect(TerminalSafe.clean("a\u{0}b\u{7f}c\rd") == "a^@b^?c^Md")
    }

    @Test func newlinesAndTabsInSingleLineFieldsStayOnOneLine() {
        #expect(TerminalSafe.clean("one\ntwo\r\nthree\tfour") == "one⏎two⏎three four")
    }

    @Test func zeroWidthAndOtherFormatCharactersAreShown() {
        #expect(TerminalSafe.clean("a\u{200B}b\u{FEFF}c") == "a<U+200B>b<U+FEFF>c")
    }

    @Test func ordinaryUnicodeWideCharactersAndEmojiAreKept() {
        let text = "Café 日本語 株式会社 👍🏽 👨‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Ünïcödé"
        #expect(TerminalSafe.clean(text) == text)
    }

    @Test func zeroWidthJoinerOutsideEmojiIsShown() {
        #expect(TerminalSafe.clean("a\u{200D}b") == "a<U+200D>b")
        #expect(TerminalSafe.clean("1\u{200D}") == "1<U+200D>")
    }

    @Test func tagCharactersOutsideAFlagAreShown() {
        #expect(TerminalSafe.clean("1\u{E0041}\u{E0042}") == "1<U+E0041><U+E0042>")
        #expect(TerminalSafe.clean("x\u{E0041}") == "x<U+E0041>")
    }

    @Test func multiLineCleaningSplitsLinesAndCleansEachOne() {
        #expect(TerminalSafe.cleanLines("first\r\nsec\u{1b}[1mond\n\tthird") == ["first", "sec^[[1mond", "    third"])
    }

    @Test func cleanedTextHasNoUnsafeScalarsForAnyControlCharacter() {
        var hostile = ""
        for value in 0..<0xA0 { hostile.unicodeScalars.append(Unicode.Scalar(value)!) }
        let cleaned = TerminalSafe.clean(hostile)
        #expect(!cleaned.unicodeScalars.contains { TerminalSafe.isUnsafe($0) })
    }
}
