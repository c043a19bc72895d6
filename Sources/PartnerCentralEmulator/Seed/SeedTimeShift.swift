import Foundation

/// Moves seed timestamps by a whole number of milliseconds, exactly, keeping each text's own format.
///
/// The text is shifted as written: its date and clock fields (in its own offset, `Z` or `±hh:mm`) and its fraction
/// digits read as an integer, so `2026-03-01T09:15:00.632Z` moved by one day is `2026-03-02T09:15:00.632Z`, never
/// `.631Z` as a round trip through a floating-point `Date` can give. A text keeps its number of fraction digits
/// unless the shift needs more (a text without fraction moved by 250 ms gains three digits).
enum SeedTimeShift {
    /// The text moved by `milliseconds`, or `nil` when it is not `yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)`.
    static func shift(_ text: String, milliseconds: Int64) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, let year = number(bytes, 0..<4), bytes[4] == UInt8(ascii: "-"),
            let month = number(bytes, 5..<7), bytes[7] == UInt8(ascii: "-"), let day = number(bytes, 8..<10),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"), let hour = number(bytes, 11..<13),
            bytes[13] == UInt8(ascii: ":"), let minute = number(bytes, 14..<16), bytes[16] == UInt8(ascii: ":"),
            let second = number(bytes, 17..<19)
        else { return nil }
        var index = 19
        var fraction: Int64 = 0
        var digits = 0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                // Beyond 15 digits the value would overflow once scaled; no service writes that many.
                guard digits < 15 else { return nil }
                fraction = fraction * 10 + Int64(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
        }
        let zone = String(decoding: bytes[index...], as: UTF8.self)
        guard zone == "Z" || zone == "z" || isOffset(zone) else { return nil }
        // Work in units of 10^-precision seconds, where the precision is enough for both the text and the shift.
        let precision = max(digits, milliseconds % 1000 == 0 ? digits : 3)
        let unit = power(precision)
        let days = daysFromCivil(year: year, month: month, day: day)
        var total =
            ((days * 86_400 + hour * 3600 + minute * 60 + second) * unit)
            + fraction * power(precision - digits)
        total += precision >= 3 ? milliseconds * (unit / 1000) : milliseconds / 1000 * unit
        let (wholeSeconds, remainder) = floorDivide(total, unit)
        let (dayCount, secondOfDay) = floorDivide(wholeSeconds, 86_400)
        let civil = civilFromDays(dayCount)
        guard (1...9999).contains(civil.year) else { return nil }
        var out = String(format: "%04lld-%02lld-%02lld", civil.year, civil.month, civil.day)
        out += String(UnicodeScalar(bytes[10]))
        out += String(format: "%02lld:%02lld:%02lld", secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        if precision > 0 {
            let text = String(remainder)
            out += "." + String(repeating: "0", count: precision - text.count) + text
        }
        return out + zone
    }

    /// A `yyyy-MM-dd` date moved by whole days, or `nil` when it is not one.
    static func shiftDay(_ text: String, days: Int64) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, let year = number(bytes, 0..<4), bytes[4] == UInt8(ascii: "-"),
            let month = number(bytes, 5..<7), bytes[7] == UInt8(ascii: "-"), let day = number(bytes, 8..<10)
        else { return nil }
        let civil = civilFromDays(daysFromCivil(year: year, month: month, day: day) + days)
        guard (1...9999).contains(civil.year) else { return nil }
        return String(format: "%04lld-%02lld-%02lld", civil.year, civil.month, civil.day)
    }

    /// Epoch seconds written as a number (`1767225600` or `1767225600.25`) moved by `milliseconds`, same digits.
    static func shiftEpoch(_ literal: String, milliseconds: Int64) -> String? {
        let parts = literal.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let seconds = Int64(parts[0]), !literal.hasPrefix("-") else { return nil }
        let fractionText = parts.count == 2 ? String(parts[1]) : ""
        guard fractionText.count <= 15, fractionText.allSatisfy(\.isASCII), fractionText.allSatisfy(\.isNumber)
        else { return nil }
        let digits = fractionText.count
        let precision = max(digits, milliseconds % 1000 == 0 ? digits : 3)
        let unit = power(precision)
        var total = seconds * unit + (Int64(fractionText) ?? 0) * power(precision - digits)
        total += precision >= 3 ? milliseconds * (unit / 1000) : milliseconds / 1000 * unit
        let (whole, remainder) = floorDivide(total, unit)
        guard precision > 0 else { return String(whole) }
        let text = String(remainder)
        return "\(whole)." + String(repeating: "0", count: precision - text.count) + text
    }

    // MARK: - Arithmetic

    private static func number(_ bytes: [UInt8], _ range: Range<Int>) -> Int64? {
        var value: Int64 = 0
        for index in range {
            let byte = bytes[index]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func isOffset(_ zone: String) -> Bool {
        let bytes = Array(zone.utf8)
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[3] == UInt8(ascii: ":")
        else { return false }
        return [1, 2, 4, 5].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
    }

    private static func power(_ exponent: Int) -> Int64 {
        var value: Int64 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let quotient = value / divisor
        let remainder = value % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
