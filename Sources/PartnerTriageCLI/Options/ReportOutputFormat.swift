import ArgumentParser

/// `report --output`.
enum ReportOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Aligned columns for reading.
    case table
    /// One JSON document, for scripts.
    case json
    /// A header line and one line per catalog, for spreadsheets.
    case csv
}
