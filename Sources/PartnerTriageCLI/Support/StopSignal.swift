import Synchronization

/// The first of SIGINT, SIGTERM and SIGHUP that stopped a run, shared by the signal watcher and the run.
final class StopSignal: Sendable {
    private let first = Mutex<Int32?>(nil)

    /// The signal that stopped the run, or `nil` while it goes on.
    var signal: Int32? { first.withLock { $0 } }

    /// Records `signal`; returns whether it is the first.
    func stop(by signal: Int32) -> Bool {
        first.withLock { first in
            guard first == nil else { return false }
            first = signal
            return true
        }
    }
}
