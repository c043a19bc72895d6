import TriageCore

/// How a UI session ended.
public enum RunOutcome: Sendable {
    /// The user quit; the final state (for the session summary).
    case quit(TriageState)
    /// A termination signal arrived; the signal number and the final state.
    case signal(Int32, TriageState)

    /// The final state.
    public var state: TriageState {
        switch self {
        case .quit(let state), .signal(_, let state): state
        }
    }

    /// The process exit code: 0 after quitting, 128 + the signal number after a signal.
    public var exitCode: Int32 {
        switch self {
        case .quit: 0
        case .signal(let number, _): 128 + number
        }
    }
}
