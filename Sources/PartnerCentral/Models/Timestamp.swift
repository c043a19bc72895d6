import Foundation

/// An ISO 8601 timestamp as the service sent it: the parsed instant plus the exact wire text.
///
/// Keeping the text lets JSON output reproduce the service's data unaltered (as `aws` does), while code that
/// needs an instant uses ``date``.
public struct Timestamp: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The instant.
    public let date: Date
    /// The text as it appeared on the wire.
    public let text: String

    /// Creates a timestamp from an instant, written with millisecond precision in UTC.
    public init(_ date: Date) {
        self.date = date
        self.text = Timestamp.format(date)
    }

    /// Parses ISO 8601 text with or without fractional seconds; `nil` when it is not a timestamp.
    public init?(text: String) {
        guard let date = Timestamp.parse(text) else { return nil }
        self.date = date
        self.text = text
    }

    /// A timestamp sent as epoch seconds; `nil` when the number is no instant a `Date` can hold.
    public init?(epochSeconds: Double, text: String) {
        // Beyond ±10^11 s (about year 5138) a value is junk, and Date arithmetic on it could overflow later.
        guard epochSeconds.isFinite, abs(epochSeconds) < 1e11 else { return nil }
        self.date = Date(timeIntervalSince1970: epochSeconds)
        self.text = text
    }

    /// The timestamp as service JSON: its text, or the number it was sent as.
    public var json: JSONValue {
        if let first = text.first, first.isNumber || first == "-", Double(text) != nil { return .number(text) }
        return .string(text)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            guard let parsed = Timestamp(text: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an ISO 8601 timestamp, got \"\(text)\"")
            }
            self = parsed
        } else {
            // Some awsJson services send epoch seconds; accept them so a response is never lost over it.
            let seconds = try container.decode(Double.self)
            self.init(Date(timeIntervalSince1970: seconds))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    public var description: String { text }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date < rhs.date }
    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.date == rhs.date && lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(date) }

    /// Formats an instant as `2025-01-31T09:30:00.000Z`.
    public static func format(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(secondsFromGMT: 0)!))
    }

    /// Parses ISO 8601 with or without fractional seconds and with `Z` or a numeric offset.
    public static func parse(_ text: String) -> Date? {
        if let date = parseUTC(text) { return date }
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? withFraction.parse(text) { return date }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        return nil
    }
}
