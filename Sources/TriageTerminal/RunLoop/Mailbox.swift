import Synchronization
import TriageCore

/// A thread-safe inbox for the run loop: effect results and signals posted from any thread or task.
public final class Mailbox: MessageSink {
    /// What can arrive.
    public enum Item: Sendable {
        /// An effect's result.
        case message(TriageMessage)
        /// A termination signal (SIGINT, SIGTERM, SIGHUP).
        case signal(Int32)
    }

    private let items = Mutex<[Item]>([])

    /// Creates an empty mailbox.
    public init() {}

    /// Posts an effect result; safe from any thread.
    public func post(_ message: TriageMessage) {
        items.withLock { $0.append(.message(message)) }
    }

    /// Posts a signal; safe from any thread (not from a raw signal handler: use a dispatch signal source).
    public func post(signal: Int32) {
        items.withLock { $0.append(.signal(signal)) }
    }

    /// Takes everything posted so far, oldest first.
    public func drain() -> [Item] {
        items.withLock { items in
            let taken = items
            items.removeAll()
            return taken
        }
    }
}
