import Foundation
import TriageEffects

/// The audit log's times (ISO 8601 in UTC with milliseconds) read back and written, for the report.
enum AuditRecordTime {
    /// The moment a record's `time` names; `nil` for a line written by something else.
    static func date(_ text: String) -> Date? {
        (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text))
            ?? (try? Date.ISO8601FormatStyle().parse(text))
    }

    /// `date` as the audit log writes it.
    static func format(_ date: Date) -> String { AuditRecord.format(date) }
}
