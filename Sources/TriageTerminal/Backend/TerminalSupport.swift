import CNCurses

/// Whether the terminal named by `TERM` can draw the full-screen UI, found from terminfo before curses starts, so an
/// unusable terminal gets one clear line and is left exactly as it was.
public enum TerminalSupport: Equatable, Sendable {
    /// terminfo has an entry with cursor addressing.
    case usable
    /// terminfo knows no terminal of this name (or `TERM` is unset).
    case unknown
    /// The terminal cannot move the cursor (`TERM=dumb`, a hardcopy or generic type).
    case noCursorAddressing

    /// Asks terminfo about `term` (`nil`: `$TERM`); writes nothing to the terminal.
    public static func check(term: String?) -> TerminalSupport {
        let answer = term.map { cn_terminal_support($0) } ?? cn_terminal_support(nil)
        switch answer {
        case 0: return .usable
        case 1: return .unknown
        default: return .noCursorAddressing
        }
    }

    /// One line saying why the UI cannot run on `term` and what to do instead; `nil` when it can. `term` is quoted
    /// without control characters, since it comes from the environment.
    public func explanation(term: String?) -> String? {
        let name = term.map { String($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(40)) }
        let shown = name.map { "TERM=\($0)" } ?? "TERM is not set"
        let why: String
        switch self {
        case .usable: return nil
        case .unknown: why = "there is no terminfo entry for it"
        case .noCursorAddressing: why = "it cannot move the cursor"
        }
        return "the interactive UI cannot run on this terminal (\(shown): \(why)). Set TERM to your terminal's type, "
            + "e.g. TERM=xterm-256color, or use the command line instead: partner-triage list --catalog Sandbox."
    }
}
