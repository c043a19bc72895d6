import PartnerCentral
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The stop request of a bulk run (SIGINT, SIGTERM or SIGHUP), shared by the signal handler and the run.
///
/// Waiting that sends nothing (for the write budget, for an accept task to finish) runs through
/// ``interruptible(_:)`` and is cancelled at once when the stop arrives; a request already sent is never cancelled.
final class BulkStop: Sendable {
    private struct State {
        var signal: Int32?
        var next = 0
        var waits: [Int: @Sendable () -> Void] = [:]
    }

    private let state = Mutex(State())

    /// The signal that stopped the run, or `nil` while it goes on.
    var signal: Int32? { state.withLock { $0.signal } }

    /// Records the stop and cancels every interruptible wait; returns whether it was the first.
    @discardableResult
    func stop(by signal: Int32) -> Bool {
        let (first, cancels) = state.withLock { state -> (Bool, [@Sendable () -> Void]) in
            guard state.signal == nil else { return (false, Array(state.waits.values)) }
            state.signal = signal
            return (true, Array(state.waits.values))
        }
        cancels.forEach { $0() }
        return first
    }

    /// Runs `body` so that a stop cancels it; after a stop it is cancelled before it starts.
    ///
    /// - Throws: `CancellationError` (or what `body` throws when cancelled) after a stop.
    func interruptible<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let task = Task { try await body() }
        let key = state.withLock { state -> Int? in
            guard state.signal == nil else { return nil }
            state.next += 1
            state.waits[state.next] = { task.cancel() }
            return state.next
        }
        if key == nil { task.cancel() }
        defer { if let key { _ = state.withLock { $0.waits.removeValue(forKey: key) } } }
        return try await task.value
    }

    /// How the summary names a signal: `Ctrl-C`, `SIGTERM`, `SIGHUP`.
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: "Ctrl-C"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(signal)"
        }
    }
}
