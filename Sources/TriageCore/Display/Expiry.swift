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

    /// The short relative text: `in 3d`, `in 5h`, `in 20m`, `today`, `expired`, or `—` when unknown.
    public let text: String
    /// The urgency class, for highlighting.
    public let urgency: Urgency

    /// Under this much time left, an invitation is urgent.
    public static let urgentWindow: TimeInterval = 3 * 24 * 3600

    /// Describes `expiration` as seen at `now`.
    ///
    /// Days are whole 24-hour periods left, rounded down, so "in 2d" always means at least 48 hours; under a day
    /// the text counts hours, under an hour minutes, so the last day before expiry stays precise.
    /// - Parameters:
    ///   - expiration: The expiration instant, `nil` when the service sent none.
    ///   - now: The current time, fed into the core by `.tick`.
    public init(expiration: Date?, now: Date) {
        guard let expiration else {
            self.text = "—"
            self.urgency = .unknown
            return
        }
        let remaining = expiration.timeIntervalSince(now)
        if remaining <= 0 {
            self.text = "expired"
            self.urgency = .expired
            return
        }
        self.urgency = remaining < Expiry.urgentWindow ? .urgent : .normal
        let days = Int(remaining / 86_400)
        let hours = Int(remaining / 3_600)
        let minutes = Int(remaining / 60)
        if days >= 1 {
            self.text = "in \(days)d"
        } else if hours >= 1 {
            self.text = "in \(hours)h"
        } else if minutes >= 1 {
            self.text = "in \(minutes)m"
        } else {
            self.text = "today"
        }
    }
}
