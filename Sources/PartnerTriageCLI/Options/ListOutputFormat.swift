import ArgumentParser

/// `list --output`: how the rows are printed.
enum ListOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Exactly what `aws partnercentral-selling list-engagement-invitations` prints, pages merged.
    case json
    /// An aligned table of terminal-safe text; the default when stdout is a terminal.
    case table
    /// One invitation id per line, for piping into `reject --from-file -`.
    case ids
}
