import Foundation

/// How close an invitation is to expiring, relative to a given `now`.
public struct Expiry: Hashable, Sendable {
    /// How the expiry should be shown.
    public enum Urgency: Hashable, Sendable {
        /// No expiration date was sent.
        case unknown
        /// Three days or more left.
        case normal
        /// Less than three days left: highlighted in the list.
        case urgent
        /// Already past.
        case expired
    }

    /// The list's relative text: `in 3d`, `today` (under a day left), `expired`, or `—` when unknown.
    public let text: String
    /// The finer text the details screen shows beside the date: on the last day it counts hours, then minutes
    /// (`in 5h`, `in 20m`, `in under a minute`), since that is when a salesperson needs to know how long is left.
    public let preciseText: String
    /// The urgency class, for highlighting.
    public let urgency: Urgency

    /// Under this much time left, an invitation is urgent.
    public static let urgentWindow: TimeInterval = 3 * 24 * 3600

    /// Describes `expiration` as seen at `now`.
    ///
    /// Days are whole 24-hour periods left, rounded down, so "in 2d" always means at least 48 hours and "today" means
    /// under 24 hours.
    /// - Parameters:
    ///   - expiration: The expiration instant, `nil` when the service sent none.
    ///   - now: The current time, fed into the core by `.tick`.
    public init(expiration: Date?, now: Date) {
        let remaining = expiration.map { $0.timeIntervalSince(now) } ?? .nan
        guard DisplayableDate.filter(expiration) != nil, remaining.isFinite else {
            self.init(text: "—", preciseText: "—", urgency: .unknown)
            return
        }
        if remaining <= 0 {
            self.init(text: "expired", preciseText: "expired", urgency: .expired)
            return
        }
        let urgency: Urgency = remaining < Expiry.urgentWindow ? .urgent : .normal
        // Within the displayable years the interval is under 10^12 s, so the counts below fit an `Int`; the cap keeps
        // that true for any `now` as well.
        let bounded = min(remaining, 1e12)
        let days = Int(bounded / 86_400)
        let hours = Int(bounded / 3_600)
        let minutes = Int(bounded / 60)
        if days >= 1 {
            self.init(text: "in \(days)d", preciseText: "in \(days)d", urgency: urgency)
        } else if hours >= 1 {
            self.init(text: "today", preciseText: "in \(hours)h", urgency: urgency)
        } else if minutes >= 1 {
            self.init(text: "today", preciseText: "in \(minutes)m", urgency: urgency)
        } else {
            self.init(text: "today", preciseText: "in under a minute", urgency: urgency)
        }
    }

    private init(text: String, preciseText: String, urgency: Urgency) {
        self.text = text
        self.preciseText = preciseText
        self.urgency = urgency
    }
}
