extension Clock where Duration == Swift.Duration {
    /// A reader of the time passed on this clock since the call: pacing and timing need durations to compare and
    /// add, and the instants of an erased `any Clock<Duration>` cannot be stored or subtracted.
    func stopwatch() -> @Sendable () -> Duration {
        let origin = now
        return { origin.duration(to: self.now) }
    }
}

extension Duration {
    /// The duration in seconds, for the pure arithmetic of token buckets and refresh windows.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }

    /// A number of seconds as a duration; negative and non-finite inputs become zero, as waits never go back.
    static func seconds(clamping value: Double) -> Duration {
        guard value.isFinite, value > 0 else { return .zero }
        return .nanoseconds(Int64(min(value, 1e9) * 1e9))
    }
}
