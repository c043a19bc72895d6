import ArgumentParser
import Foundation

/// `--since`: a span back from now (`30d`, `12h`) or a moment (`2026-01-01`, `2026-01-01T09:00:00Z`), in UTC.
enum SinceArgument: ExpressibleByArgument, Equatable, Sendable {
    /// This many seconds before now.
    case ago(seconds: Int, text: String)
    /// From this moment.
    case moment(Date)

    /// The longest span back: a hundred years is already more than any audit log holds.
    static let maxDays = 36_500

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        if let unit = text.last, unit == "d" || unit == "h", let count = Int(text.dropLast()), count > 0,
            count <= Self.maxDays * (unit == "h" ? 24 : 1)
        {
            self = .ago(seconds: count * (unit == "d" ? 86_400 : 3_600), text: text)
            return
        }
        if let date = AuditRecordTime.date(text) {
            self = .moment(date)
            return
        }
        // A bare date only: the date parser would otherwise take the date off the front of a time it cannot read.
        if text.count == 10, let date = try? Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().parse(text) {
            self = .moment(date)
            return
        }
        return nil
    }

    /// The start of the window ending at `now`.
    func start(now: Date) -> Date {
        switch self {
        case .ago(let seconds, _): now.addingTimeInterval(-Double(seconds))
        case .moment(let date): date
        }
    }

    var defaultValueDescription: String {
        switch self {
        case .ago(_, let text): text
        case .moment(let date): AuditRecordTime.format(date)
        }
    }
}
