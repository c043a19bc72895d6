import Clocks
import Foundation

extension TestClock<Duration> {
    /// Whether something sleeps on the clock, once the tasks that are ready have run: what a test waits for before
    /// it advances, so the sleep it means to end has begun.
    var hasSleepers: Bool {
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
    var elapsed: Duration { Instant().duration(to: now) }

    /// A wall clock that moves with this one from `start`: the `now` of code that compares dates (expiry, signing).
    func wallClock(from start: Date) -> @Sendable () -> Date {
        { start.addingTimeInterval(Double(self.elapsed.components.seconds) + Double(self.elapsed.components.attoseconds) / 1e18) }
    }
}
