import ArgumentParser

/// `duplicates --output`: a table for people, JSON for scripts.
enum DuplicatesOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Aligned columns of terminal-safe text; the default on a terminal.
    case table
    /// One JSON document: each invitation with its customer and matches.
    case json
}
