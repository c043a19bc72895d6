import Foundation

/// The client's outside world: wall clock (signing), monotonic clock (pacing, retry waits, polling), random
/// numbers (retry jitter) and client tokens. Tests inject all four (a `TestClock` for the monotonic one).
public struct ClientDependencies: Sendable {
    /// The wall clock for `X-Amz-Date`.
    public var now: @Sendable () -> Date
    /// Pacing, retry delays and task polling.
    public var clock: any Clock<Duration>
    /// A number in [0, 1).
    public var random: @Sendable () -> Double
    /// A fresh idempotency token for a new intent.
    public var makeClientToken: @Sendable () -> String

    /// Creates dependencies.
    public init(
        now: @escaping @Sendable () -> Date,
        clock: any Clock<Duration>,
        random: @escaping @Sendable () -> Double,
        makeClientToken: @escaping @Sendable () -> String
    ) {
        self.now = now
        self.clock = clock
        self.random = random
        self.makeClientToken = makeClientToken
    }

    /// The real world, for the composition root: system clocks, system randomness, UUIDs.
    public static var system: ClientDependencies {
        ClientDependencies(
            now: { Date() },
            clock: ContinuousClock(),
            random: { Double.random(in: 0..<1) },
            makeClientToken: { UUID().uuidString.lowercased() }
        )
    }
}
