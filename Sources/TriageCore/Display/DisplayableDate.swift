import Foundation

/// The instants a display model keeps: years 1 to 9999 of the Gregorian calendar.
///
/// The service's timestamps are untrusted; beyond these years a calendar gives nonsense (−1e308 s is "year −4712")
/// and arithmetic on the interval can overflow an `Int`. A date outside the range is shown as `—`, as if none
/// had been sent.
public enum DisplayableDate {
    /// Seconds since 1970 of 0001-01-01T00:00:00Z through 9999-12-31T23:59:59Z.
    public static let range: ClosedRange<TimeInterval> = -62_135_596_800...253_402_300_799

    /// `date` when it is in ``range``, else `nil` (NaN included).
    public static func filter(_ date: Date?) -> Date? {
        guard let date, range.contains(date.timeIntervalSince1970) else { return nil }
        return date
    }
}
