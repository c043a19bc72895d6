import Testing

@testable import TriageCore

/// Inputs the fuzzer found, kept so each stays fixed.
@Suite struct CleaningRegressionTests {
    /// NULs, controls, invalid UTF-8 and the line and paragraph separators, as the fuzzer shrank them.
    static let separatorsAmongControls: [UInt8] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 226, 128, 169, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 221, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 227, 0, 0, 0, 0, 0, 0, 0,
        110, 0, 0, 0, 0, 0, 0, 15, 160, 15, 0, 0, 0, 0, 0, 226, 128, 168, 0, 0, 15, 160, 15, 0, 0, 0, 0, 0, 0, 53, 59,
        0, 0, 0, 0, 0, 0, 0, 53, 59, 0,
    ]

    @Test func cleaningIsIdempotentForTheFuzzersInputs() {
        let text = String(decoding: Self.separatorsAmongControls, as: UTF8.self)
        let cleaned = TerminalSafe.clean(text)
        let twice = TerminalSafe.clean(cleaned)
        #expect(twice == cleaned)
        #expect(cleaned.count <= TerminalSafe.maxFieldCharacters + 1)
    }
}
