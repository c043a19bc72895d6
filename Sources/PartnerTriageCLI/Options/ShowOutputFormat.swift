import ArgumentParser

/// `show --output`: how one invitation is printed.
enum ShowOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Exactly what `aws partnercentral-selling get-engagement-invitation` prints.
    case json
    /// Labelled, terminal-safe lines; the default when stdout is a terminal.
    case text
}
