import Clocks
import Foundation

/// Test time: a `TestClock` for code that sleeps, and the wall clock (`now`) that moves with it from `start`, for
/// code that compares dates (expiry, signing).
public final class TestTime: Sendable {
    public let clock = TestClock<Duration>()
    public let now: @Sendable () -> Date

    public init(start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        let clock = self.clock
        now = {
            let elapsed = clock.elapsed.components
            return start.addingTimeInterval(Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        }
    }

    /// Moves both clocks forward; sleeps that end by then end, in order.
    public func advance(_ seconds: TimeInterval) async {
        await clock.advance(by: .nanoseconds(Int64((seconds * 1e9).rounded())))
    }

    /// Moves both clocks forward to `date`.
    public func set(_ date: Date) async { await advance(date.timeIntervalSince(now())) }
}

extension TestClock<Duration> {
    /// Whether something sleeps on the clock, once the tasks that are ready have run: what a test waits for before
    /// it advances, so the sleep it means to end has begun.
    public var hasSleepers: Bool {
        get async {
            do {
                try await checkSuspension()
                return false
            } catch {
                return true
            }
        }
    }

    /// The time passed on the clock since it was made.
    public var elapsed: Duration { Instant().duration(to: now) }
}
