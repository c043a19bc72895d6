import Testing

@testable import TriageTerminal

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumn() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("Hello, world") == 12)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of("漢" as Character) == 2)
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)  // halfwidth katakana stays narrow
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth Latin
    }

    @Test func emojiIsTwoColumns() {
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)  // skin tone modifier
        #expect(DisplayWidth.of("👨‍👩‍👧" as Character) == 2)  // ZWJ family
        #expect(DisplayWidth.of("🇩🇪" as Character) == 2)  // flag
        #expect(DisplayWidth.of("⚠️" as Character) == 2)  // text-presentation base plus VS16
        #expect(DisplayWidth.of("⚠" as Character) == 1)  // without VS16 it stays text
    }

    @Test func combiningMarksAddNoWidth() {
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("Cafe\u{301}") == 4)
        #expect(DisplayWidth.of("\u{301}" as Character) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)  // zero-width space
    }

    @Test func controlsCountAsOnePlaceholderColumn() {
        #expect(DisplayWidth.of("\u{1B}" as Character) == 1)
        #expect(DisplayWidth.of("\u{9B}" as Character) == 1)
    }

    @Test func ambiguousWidthIsNarrow() {
        #expect(DisplayWidth.of("…" as Character) == 1)
        #expect(DisplayWidth.of("·" as Character) == 1)
    }
}
