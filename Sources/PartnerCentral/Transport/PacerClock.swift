/// The time source of the pacer and of retry waits: a monotonic "now" in seconds and a sleep.
public struct PacerClock: Sendable {
    /// Seconds on a monotonic scale.
    public var now: @Sendable () -> Double
    /// Suspends for a number of seconds (throws when the task is cancelled).
    public var sleep: @Sendable (Double) async throws -> Void

    /// Creates a clock.
    public init(now: @escaping @Sendable () -> Double, sleep: @escaping @Sendable (Double) async throws -> Void) {
        self.now = now
        self.sleep = sleep
    }

    /// The system's continuous clock; the composition root's default.
    public static var continuous: PacerClock {
        let clock = ContinuousClock()
        let origin = clock.now
        return PacerClock(
            now: {
                let elapsed = origin.duration(to: clock.now).components
                return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            },
            sleep: { seconds in
                guard seconds > 0 else { return }
                try await Task.sleep(for: .nanoseconds(Int64(seconds * 1e9)))
            }
        )
    }
}
