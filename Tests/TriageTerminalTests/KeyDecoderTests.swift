import Testing
import TriageCore

@testable import TriageTerminal

@Suite struct KeyDecoderTests {
    @Test func enterArrivesAsNewlineReturnOrKeyEnter() {
        #expect(KeyDecoder.decode(character: 10) == .enter)
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(keyCode: 0o527) == .enter)
    }

    @Test func navigationKeys() {
        #expect(KeyDecoder.decode(keyCode: 0o403) == .up)
        #expect(KeyDecoder.decode(keyCode: 0o402) == .down)
        #expect(KeyDecoder.decode(keyCode: 0o523) == .pageUp)
        #expect(KeyDecoder.decode(keyCode: 0o522) == .pageDown)
        #expect(KeyDecoder.decode(keyCode: 0o406) == .home)
        #expect(KeyDecoder.decode(keyCode: 0o552) == .home)  // vt220 Home (ESC [1~) in tmux and screen
        #expect(KeyDecoder.decode(keyCode: 0o550) == .end)
        #expect(KeyDecoder.decode(keyCode: 0o601) == .end)
    }

    @Test func functionKeys() {
        #expect(KeyDecoder.decode(keyCode: 0o410 + 5) == .f5)
        #expect(KeyDecoder.decode(keyCode: 0o410 + 1) == .function(1))
    }

    @Test func escapeBackspaceAndControls() {
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 8) == .backspace)
        #expect(KeyDecoder.decode(keyCode: 0o407) == .backspace)
        #expect(KeyDecoder.decode(character: 3) == .ctrl("c"))
        #expect(KeyDecoder.decode(character: 0) == nil)
        #expect(KeyDecoder.decode(character: 0x9B) == nil)  // C1 CSI is never a key
    }

    @Test func printableUnicode() {
        #expect(KeyDecoder.decode(character: 0x61) == .char("a"))
        #expect(KeyDecoder.decode(character: 0x20) == .space)
        #expect(KeyDecoder.decode(character: 0x65E5) == .char("日"))
        #expect(KeyDecoder.decode(character: 0x1F600) == .char("😀"))
    }
}
