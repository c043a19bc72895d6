import Foundation

/// What a call is doing while its caller waits, reported to a ``CallProgressObserver``.
///
/// The client knows nothing of terminals: the command line prints ``message`` to a terminal's stderr, the UI
/// shows it in its status line.
public struct CallProgress: Sendable, Hashable {
    /// What happened.
    public enum Event: Sendable, Hashable {
        /// Attempt ``CallProgress/attempt`` was sent (after the first, a retry).
        case attemptStarted
        /// The attempt has had no answer for this many seconds.
        case stillWaiting(seconds: Double)
        /// The call ended, answered or failed; a status line clears.
        case finished
    }

    /// Numbers the calls of one client, so a status line clears only the notice of the call that ended.
    public var call: Int
    /// What happened.
    public var event: Event
    /// The operation.
    public var operation: Operation
    /// The endpoint host (with its port when not the scheme's default).
    public var host: String
    /// The attempt, from 1.
    public var attempt: Int
    /// Attempts the retry policy allows.
    public var maxAttempts: Int

    /// Creates a report.
    public init(call: Int, event: Event, operation: Operation, host: String, attempt: Int, maxAttempts: Int) {
        self.call = call
        self.event = event
        self.operation = operation
        self.host = host
        self.attempt = attempt
        self.maxAttempts = maxAttempts
    }

    /// One line for a person, or `nil` when nothing is worth saying (a first attempt starting, the end of a call).
    public var message: String? {
        switch event {
        case .attemptStarted where attempt > 1:
            return "trying \(host) again, attempt \(attempt) of \(maxAttempts)…"
        case .stillWaiting(let seconds):
            let waited = seconds < 1 ? String(format: "%.1f s", seconds) : "\(Int(seconds.rounded())) s"
            return "no answer from \(host) yet (\(waited)), attempt \(attempt) of \(maxAttempts)…"
        case .attemptStarted, .finished:
            return nil
        }
    }
}

/// Receives ``CallProgress`` reports: each attempt as it starts, a notice while an attempt waits, the end of a call.
public struct CallProgressObserver: Sendable {
    /// Seconds an attempt waits before the first "still waiting" report.
    public var firstNotice: Double
    /// Seconds between later "still waiting" reports of the same attempt.
    public var interval: Double
    /// Called from the client's tasks; must return quickly.
    public var report: @Sendable (CallProgress) -> Void

    /// Creates an observer.
    public init(firstNotice: Double = 2, interval: Double = 10, report: @escaping @Sendable (CallProgress) -> Void) {
        self.firstNotice = max(0.01, firstNotice)
        self.interval = max(0.01, interval)
        self.report = report
    }
}
