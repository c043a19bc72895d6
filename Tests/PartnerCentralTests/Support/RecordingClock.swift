import Foundation
import Synchronization

/// The client harness's clock: it records every sleep, and a sleep returns at once (moving the clock by its length)
/// unless the test asks for real waits; its time can also follow the real clock, for tests that measure a call.
final class RecordingClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        let offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let followsRealTime: Bool
    private let realSleeps: Bool
    private let onSleep: @Sendable (Duration) async -> Void
    private let origin = ContinuousClock.now
    private let state = Mutex<(skipped: Duration, sleeps: [Duration])>((.zero, []))

    init(
        followsRealTime: Bool = false, realSleeps: Bool = false,
        onSleep: @escaping @Sendable (Duration) async -> Void = { _ in }
    ) {
        self.followsRealTime = followsRealTime
        self.realSleeps = realSleeps
        self.onSleep = onSleep
    }

    /// The sleeps asked for, in seconds, in order.
    var sleeps: [Double] {
        state.withLock { $0.sleeps }.map { Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18 }
    }

    var now: Instant {
        let skipped = state.withLock { $0.skipped }
        return Instant(offset: (followsRealTime ? origin.duration(to: ContinuousClock.now) : .zero) + skipped)
    }

    var minimumResolution: Duration { .nanoseconds(1) }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let length = max(.zero, now.duration(to: deadline))
        state.withLock { $0.sleeps.append(length) }
        await onSleep(length)
        if realSleeps {
            try await Task.sleep(for: length)
        } else {
            state.withLock { $0.skipped += length }
        }
    }
}
