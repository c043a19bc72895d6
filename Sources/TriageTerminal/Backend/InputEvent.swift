import TriageCore

/// What the backend read from the terminal in one poll.
public enum InputEvent: Sendable, Hashable {
    /// A decoded key press.
    case key(Key)
    /// The terminal changed size.
    case resize(TerminalSize)
}
