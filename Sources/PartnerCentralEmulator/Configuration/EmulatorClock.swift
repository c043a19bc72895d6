import Foundation

/// Where the emulator reads the time: expiry, task progress, quotas and signature skew all follow it.
///
/// Tests pass a ``ManualClock`` (or any closure) so that expiry and task completion happen when the test says.
public struct EmulatorClock: Sendable {
    /// Returns the current instant.
    public let now: @Sendable () -> Date

    /// Creates a clock from a closure.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock; the composition root's choice.
    public static var system: EmulatorClock { EmulatorClock { Date() } }

    /// A clock stopped at one instant.
    public static func fixed(_ date: Date) -> EmulatorClock { EmulatorClock { date } }
}

/// A clock a test moves by hand.
public final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// Creates a clock showing `start`.
    public init(_ start: Date) { current = start }

    /// The instant the clock shows.
    public var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock forward (or back, with a negative interval).
    public func advance(by interval: TimeInterval) {
        lock.lock()
        defer { lock.unlock() }
        current = current.addingTimeInterval(interval)
    }

    /// Sets the clock.
    public func set(_ date: Date) {
        lock.lock()
        defer { lock.unlock() }
        current = date
    }

    /// An ``EmulatorClock`` reading this clock.
    public var clock: EmulatorClock { EmulatorClock { [self] in self.now } }
}
