import Foundation

extension Timestamp {
    /// Reads the shape the service sends, `2025-01-31T09:30:00Z` with up to three fraction digits, without a
    /// formatter: a list page holds two timestamps a row, and `Date.ISO8601FormatStyle` takes about 3 µs for each.
    ///
    /// `nil` for any other text, including values the formatter reads by rolling them over (hour 24, June 31, a leap
    /// second); ``parse(_:)`` then asks the formatter, so both readers agree on every text (tested against it).
    static func parseUTC(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            let count = bytes.count
            guard 20...24 ~= count, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
                bytes[count - 1] == UInt8(ascii: "Z")
            else { return nil }
            func number(at start: Int, digits: Int) -> Int? {
                var value = 0
                for index in start..<(start + digits) {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard 0...9 ~= digit else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(at: 0, digits: 4), let month = number(at: 5, digits: 2),
                let day = number(at: 8, digits: 2), let hour = number(at: 11, digits: 2),
                let minute = number(at: 14, digits: 2), let second = number(at: 17, digits: 2)
            else { return nil }
            var milliseconds = 0
            if count > 20 {
                let digits = count - 21
                guard bytes[19] == UInt8(ascii: "."), digits >= 1, let fraction = number(at: 20, digits: digits)
                else { return nil }
                milliseconds = fraction * [100, 10, 1][digits - 1]
            }
            guard 1900...9999 ~= year, 1...12 ~= month, hour < 24, minute < 60, second < 60,
                1...daysIn(month: month, year: year) ~= day
            else { return nil }
            let days = daysSince1970(year: year, month: month, day: day)
            let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
            // Counted from the reference date, as the formatter counts, so the two give the same `Date` to the bit.
            return Date(
                timeIntervalSinceReferenceDate: Double(seconds - 978_307_200) + Double(milliseconds) / 1_000)
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = year / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
