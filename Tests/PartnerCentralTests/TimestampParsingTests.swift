import Foundation
import PropertyBased
import Testing

@testable import PartnerCentral

/// The formatter-free reader of the service's timestamps agrees with `Date.ISO8601FormatStyle` on every text.
@Suite struct TimestampParsingTests {
    /// What `Timestamp.parse` answered before it had a fast path.
    static func formatter(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// A timestamp-like text: fields a little outside their ranges, 0–4 fraction digits, `Z`, `z` or an offset.
    static func text(_ random: inout WriterAndBucketPropertyTests.SplitMix) -> String {
        func field(_ range: ClosedRange<Int>, width: Int) -> String {
            let value = range.lowerBound + Int(random.next() % UInt64(range.count))
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = field(1890...3100, width: 4) + "-" + field(0...13, width: 2) + "-" + field(0...32, width: 2)
        text += "T" + field(0...24, width: 2) + ":" + field(0...60, width: 2) + ":" + field(0...60, width: 2)
        let fractionDigits = Int(random.next() % 5)
        if fractionDigits > 0 { text += "." + field(0...9_999, width: 4).suffix(fractionDigits) }
        return text + ["Z", "Z", "Z", "z", "+01:00", ""][Int(random.next() % 6)]
    }

    @Test func theFastReaderGivesTheFormattersDateOrLeavesTheTextToIt() async {
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...Int.max)) { seed in
            var random = WriterAndBucketPropertyTests.SplitMix(state: UInt64(seed))
            let text = Self.text(&random)
            if let fast = Timestamp.parseUTC(text) { #expect(fast == Self.formatter(text), "\(text)") }
            #expect(Timestamp.parse(text) == Self.formatter(text), "\(text)")
        }
    }

    @Test(arguments: [
        "2025-01-31T09:30:00Z", "2025-01-31T09:30:00.5Z", "2025-01-31T09:30:00.25Z", "2025-01-31T09:30:00.125Z",
        "2024-02-29T23:59:59.999Z", "1999-12-31T00:00:00Z",
    ])
    func theServicesShapeIsReadWithoutTheFormatter(text: String) throws {
        let date = try #require(Timestamp.parseUTC(text))
        #expect(date == Self.formatter(text))
    }

    @Test(arguments: [
        "2025-01-31T24:00:00Z", "2025-06-31T10:00:00Z", "2023-02-29T10:00:00Z", "2025-01-31T09:30:60Z",
        "2025-01-31T09:30:00.1234Z", "2025-01-31T09:30:00+01:00", "2025-01-31t09:30:00Z", "2025-01-31T09:30:00",
    ])
    func everyOtherShapeIsLeftToTheFormatter(text: String) {
        #expect(Timestamp.parseUTC(text) == nil)
        #expect(Timestamp.parse(text) == Self.formatter(text))
    }
}
