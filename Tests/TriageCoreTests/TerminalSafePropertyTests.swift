import PropertyBased
import Testing

@testable import TriageCore

/// The sanitiser's promises over arbitrary text: nothing unsafe survives, and cleaning twice changes nothing.
@Suite struct TerminalSafePropertyTests {
    /// Scalars a terminal acts on: C0, DEL, C1, bidi controls and line separators.
    static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
            || value == 0x2028 || value == 0x2029
    }

    /// Text mixing the dangerous ranges with ordinary letters, wide characters and emoji.
    static let hostileText = Gen.oneOf(
        Gen.int(in: 0...0x1F), Gen.int(in: 0x7F...0x9F), Gen.int(in: 0x200B...0x206F), Gen.int(in: 0x20...0x7E),
        Gen.int(in: 0x3040...0x30FF), Gen.int(in: 0x1F300...0x1F6FF), Gen.int(in: 0xE0000...0xE007F),
        Gen.int(in: 0xFE00...0xFE0F)
    )
    .compactMap { Unicode.Scalar(UInt32($0)) }
    .array(of: 0...40)
    .map { scalars in String(String.UnicodeScalarView(scalars)) }

    @Test func noActiveScalarSurvivesCleaning() async {
        await propertyCheck(count: 400, input: Self.hostileText) { text in
            let cleaned = TerminalSafe.clean(text)
            #expect(!cleaned.unicodeScalars.contains(where: Self.isActive), "\(text.unicodeScalars.map(\.value))")
            for line in TerminalSafe.cleanLines(text) {
                #expect(!line.unicodeScalars.contains(where: Self.isActive))
            }
        }
    }

    @Test func cleaningIsIdempotent() async {
        await propertyCheck(count: 400, input: Self.hostileText) { text in
            let once = TerminalSafe.clean(text)
            #expect(TerminalSafe.clean(once) == once, "\(text.unicodeScalars.map(\.value))")
            let lines = TerminalSafe.cleanLines(text)
            #expect(lines.flatMap { TerminalSafe.cleanLines($0) } == lines)
        }
    }
}
