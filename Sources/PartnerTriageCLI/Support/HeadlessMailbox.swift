import TriageCore

/// The messages of a headless run, in the order the effect runner and the signal watcher post them.
final class HeadlessMailbox: MessageSink {
    /// Every message posted, for the run's one reader.
    let messages: AsyncStream<TriageMessage>
    private let continuation: AsyncStream<TriageMessage>.Continuation

    init() {
        (messages, continuation) = AsyncStream.makeStream()
    }

    func post(_ message: TriageMessage) {
        continuation.yield(message)
    }
}
