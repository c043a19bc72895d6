import Dispatch
import Foundation

/// Turns SIGINT, SIGTERM and SIGHUP into mailbox items through dispatch signal sources, so no code runs inside a
/// signal handler and the run loop can restore the terminal before exiting.
///
/// Create it before starting curses: the default actions are set to ignore first, so ncurses installs no handlers
/// of its own for these signals.
public final class SignalMonitor {
    /// The signals that end a session.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private let sources: [any DispatchSourceSignal]

    /// Starts watching, posting each signal to `mailbox`.
    public init(mailbox: Mailbox) {
        var sources: [any DispatchSourceSignal] = []
        for number in Self.signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { mailbox.post(signal: number) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// Stops watching and gives the signals their default actions back.
    public func stop() {
        for source in sources {
            source.cancel()
        }
        for number in Self.signals {
            signal(number, SIG_DFL)
        }
    }
}
