import CNCurses
import Foundation

/// Previous actions of the crash signals, indexed by signal number; written once before the handlers are installed.
nonisolated(unsafe) private let previousCrashActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

/// Gives the terminal back when the process crashes (a trap, abort or fault), then lets the crash go on as before,
/// so even an error exit that Swift cannot catch does not leave the shell in raw mode on the alternate screen.
///
/// Best effort: `endwin` is not async-signal-safe, but the process is about to die and ncurses' own handlers do the
/// same.
enum CrashRestorer {
    /// Signals that end the process on a fault or a Swift runtime trap.
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Installs the handlers (once per process).
    static func install() {
        _ = installed
    }

    private static let installed: Bool = {
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                endwin()
                sigaction(number, previousCrashActions + Int(number), nil)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_NODEFER)
            sigaction(number, &action, previousCrashActions + Int(number))
        }
        return true
    }()
}
