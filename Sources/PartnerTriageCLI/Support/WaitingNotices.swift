import PartnerCentral

/// The command line's "still waiting" lines: a slow request says so on stderr, but only when a person reads it.
enum WaitingNotices {
    /// An observer that writes each progress line (`partner-triage: no answer from HOST yet, attempt 2 of 3…`), or
    /// `nil` when stderr is not a terminal: scripts and logs keep only the final result.
    static func observer(standardErrorIsTerminal: Bool, write: @escaping @Sendable (String) -> Void)
        -> CallProgressObserver?
    {
        guard standardErrorIsTerminal else { return nil }
        return CallProgressObserver { progress in
            if let message = progress.message { write("partner-triage: \(message)") }
        }
    }
}
