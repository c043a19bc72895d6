import Foundation

/// Counts requests over a rolling window (the documented daily quotas: so many per rolling 24 hours).
///
/// Requests are kept as counts per whole second, so memory stays bounded by the window's length in seconds however
/// many requests arrive.
struct RollingWindowCounter: Sendable {
    let limit: Int
    let window: TimeInterval
    private var perSecond: [(second: Int64, count: Int)] = []
    private var head = 0
    private var total = 0

    init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// Whether one more request at `now` fits in the window; forgets the seconds that left it.
    mutating func hasRoom(now: Date) -> Bool {
        let oldest = Self.second(of: now) - Int64(window) + 1
        while head < perSecond.count, perSecond[head].second < oldest {
            total -= perSecond[head].count
            head += 1
        }
        // Compact now and then, so the array holds at most about the window's seconds.
        if head > 4096, head * 2 > perSecond.count {
            perSecond.removeFirst(head)
            head = 0
        }
        return total < limit
    }

    /// Counts one request at `now` (after ``hasRoom(now:)`` said it fits).
    mutating func record(now: Date) {
        let second = Self.second(of: now)
        total += 1
        if head < perSecond.count, perSecond[perSecond.count - 1].second == second {
            perSecond[perSecond.count - 1].count += 1
        } else {
            perSecond.append((second, 1))
        }
    }

    /// The number of requests in the window as last pruned.
    var count: Int { total }

    /// How many whole seconds are held (memory is bounded by the window, not by traffic).
    var heldSeconds: Int { perSecond.count - head }

    private static func second(of date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }
}
