import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Delivers process signals (SIGINT, SIGTERM) to a handler instead of the default action, until cancelled.
protocol SignalWatching: Sendable {
    /// Starts delivering `signals` to `handler` on a background queue; the returned value stops it.
    func watch(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) -> SignalSubscription
}

/// Stops a ``SignalWatching/watch(_:handler:)`` delivery and restores the default action.
struct SignalSubscription: Sendable {
    let cancel: @Sendable () -> Void
}

/// Real signals through `DispatchSource`, which runs the handler outside the async-signal context.
struct DispatchSignalWatching: SignalWatching {
    func watch(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) -> SignalSubscription {
        let queue = DispatchQueue(label: "partner-triage.signals")
        let sources = signals.map { number -> any DispatchSourceSignal in
            // The default action must be off, or the process dies before the source sees the signal.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
        let box = UncheckedSources(sources: sources)
        return SignalSubscription {
            box.sources.forEach { $0.cancel() }
            signals.forEach { signal($0, SIG_DFL) }
        }
    }
}

/// Dispatch sources are thread-safe to cancel, but not marked `Sendable`.
private struct UncheckedSources: @unchecked Sendable {
    let sources: [any DispatchSourceSignal]
}
