import CNCurses
import Foundation

/// Previous actions of the crash signals, indexed by signal number; written once before the handlers are installed.
nonisolated(unsafe) private let previousCrashActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
/// The terminal's settings before curses changed them, restored by the handler with `tcsetattr` (async-signal-safe).
nonisolated(unsafe) private let shellTerminalSettings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
/// Whether ``shellTerminalSettings`` holds settings (standard input was a terminal at install time).
nonisolated(unsafe) private var haveShellTerminalSettings = false

/// Gives the terminal back when the process crashes (a trap, abort or fault), then lets the crash go on as before,
/// so even an error exit that Swift cannot catch does not leave the shell in raw mode on the alternate screen.
///
/// The handlers are installed after the Swift runtime's own (its backtracer, on by default), so they run first:
/// the terminal is restored before any backtrace is printed, whatever `SWIFT_BACKTRACE` says, and the previous
/// handler then gets the signal. Besides `endwin` (not async-signal-safe, but the process is about to die and
/// ncurses' own handlers do the same), the settings saved before curses started are put back with `tcsetattr`, and
/// the alternate screen is left and the cursor shown, so the shell is sane even if curses could not finish.
enum CrashRestorer {
    /// Signals that end the process on a fault or a Swift runtime trap.
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Installs the handlers (once per process); call before curses changes the terminal.
    static func install() {
        _ = installed
    }

    private static let installed: Bool = {
        haveShellTerminalSettings = tcgetattr(STDIN_FILENO, shellTerminalSettings) == 0
        let handler: @convention(c) (Int32) -> Void = { number in
            endwin()
            if haveShellTerminalSettings { _ = tcsetattr(STDIN_FILENO, TCSANOW, shellTerminalSettings) }
            // Leave the alternate screen, show the cursor, reset attributes: the xterm sequences every terminal
            // emulator in use understands. Written with write(2), which is async-signal-safe.
            let reset: StaticString = "\u{1b}[?1049l\u{1b}[?25h\u{1b}[0m\r\n"
            _ = write(STDOUT_FILENO, reset.utf8Start, reset.utf8CodeUnitCount)
            sigaction(number, previousCrashActions + Int(number), nil)
            raise(number)
        }
        for number in signals {
            var action = sigaction()
            // glibc wraps the handler in a union named `__sigaction_handler`; Darwin's is `__sigaction_u`.
            #if os(Linux)
                action.__sigaction_handler.sa_handler = handler
            #else
                action.__sigaction_u.__sa_handler = handler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_NODEFER)
            sigaction(number, &action, previousCrashActions + Int(number))
        }
        return true
    }()
}
