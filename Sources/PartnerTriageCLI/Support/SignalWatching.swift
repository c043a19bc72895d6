import UnixSignals

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Delivers process signals (SIGINT, SIGTERM, SIGHUP) to a handler instead of the default action, until cancelled.
protocol SignalWatching: Sendable {
    /// Starts delivering `signals` to `handler`; once it returns, every one of them is caught. The returned value
    /// stops it.
    func watch(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) async -> SignalSubscription
}

/// Stops a ``SignalWatching/watch(_:handler:)`` delivery and restores the default action.
struct SignalSubscription: Sendable {
    let cancel: @Sendable () -> Void
}

/// Real signals through swift-service-lifecycle's `UnixSignalsSequence` (dispatch sources underneath), so the
/// handler runs outside the async-signal context.
struct UnixSignalWatching: SignalWatching {
    /// The signals that end a session or stop a bulk run: Ctrl-C, SIGTERM and SIGHUP.
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    func watch(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) async -> SignalSubscription {
        // The default action must be off, or the process dies before the sequence sees the signal.
        for number in signals { signal(number, SIG_IGN) }
        let sequence = await UnixSignalsSequence(trapping: signals.compactMap(UnixSignal.init(number:)))
        let delivery = Task {
            for await received in sequence { handler(received.rawValue) }
        }
        return SignalSubscription {
            delivery.cancel()
            for number in signals { signal(number, SIG_DFL) }
        }
    }
}

extension UnixSignal {
    /// The signals the program catches, by number.
    fileprivate init?(number: Int32) {
        switch number {
        case SIGINT: self = .sigint
        case SIGTERM: self = .sigterm
        case SIGHUP: self = .sighup
        case SIGQUIT: self = .sigquit
        default: return nil
        }
    }
}
