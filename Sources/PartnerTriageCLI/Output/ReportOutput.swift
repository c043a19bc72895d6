import Foundation
import PartnerCentral

/// The texts of `report`: a table to read, JSON for scripts, CSV for spreadsheets.
enum ReportOutput {
    /// The aligned table, with a line of reasons under each catalog.
    static func table(_ reports: [DecisionReport], since: Date, now: Date) -> String {
        var lines = ["Decisions from \(day(since)) to \(day(now)) (UTC)", ""]
        let headings = ["Catalog", "Accepted", "Rejected", "Expired unanswered", "Median time to decision"]
        var rows = [headings]
        for report in reports {
            rows.append([
                report.catalog.rawValue, "\(report.accepted)", "\(report.rejected)", "\(report.expiredUnanswered)",
                report.medianSecondsToDecision.map(duration) ?? "–",
            ])
        }
        let widths = headings.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, cell in
                // Numbers are right-aligned under their heading; the catalog and the duration read left to right.
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return (1...3).contains(column) ? pad + cell : cell + pad
            }
            lines.append(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
            if index > 0 {
                let report = reports[index - 1]
                let used = report.reasons.filter { report.rejectedByReason[$0, default: 0] > 0 }
                if !used.isEmpty {
                    // Reasons come from the audit log, a file anyone with the account could edit: cleaned for the terminal.
                    let text = used.map { "\(TerminalSafeLine.clean($0)) \(report.rejectedByReason[$0, default: 0])" }
                    lines.append("  rejected by reason: " + text.joined(separator: ", "))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One JSON document: the window and a member per catalog; reasons as they were sent, exact.
    static func json(_ reports: [DecisionReport], since: Date, now: Date) -> String {
        let catalogs = reports.map { report -> JSONValue in
            .object(
                JSONObject([
                    ("catalog", .string(report.catalog.rawValue)),
                    ("accepted", .number("\(report.accepted)")),
                    ("rejected", .number("\(report.rejected)")),
                    (
                        "rejectedByReason",
                        .object(
                            JSONObject(
                                report.reasons.map {
                                    ($0, JSONValue.number("\(report.rejectedByReason[$0, default: 0])"))
                                }))
                    ),
                    ("expiredUnanswered", .number("\(report.expiredUnanswered)")),
                    ("medianSecondsToDecision", report.medianSecondsToDecision.map { .number(seconds($0)) } ?? .null),
                ]))
        }
        let document = JSONValue.object(
            JSONObject([
                ("since", .string(AuditRecordTime.format(since))), ("until", .string(AuditRecordTime.format(now))),
                ("catalogs", .array(catalogs)),
            ]))
        return PythonJSONWriter.pretty(document) + "\n"
    }

    /// A header and one line per catalog; the five documented reasons each have a column.
    static func csv(_ reports: [DecisionReport], since: Date, now: Date) -> String {
        let reasons = RejectionReason.allCases.map(\.rawValue)
        let header =
            ["since", "until", "catalog", "accepted", "rejected"]
            + reasons.map { "rejected_" + $0.lowercased().replacingOccurrences(of: " ", with: "_") }
            + ["expired_unanswered", "median_seconds_to_decision"]
        var lines = [header.joined(separator: ",")]
        for report in reports {
            let cells =
                [
                    AuditRecordTime.format(since), AuditRecordTime.format(now), report.catalog.rawValue,
                    "\(report.accepted)", "\(report.rejected)",
                ] + reasons.map { "\(report.rejectedByReason[$0, default: 0])" }
                + ["\(report.expiredUnanswered)", report.medianSecondsToDecision.map(seconds) ?? ""]
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whole seconds, as JSON and CSV carry them.
    static func seconds(_ value: Double) -> String { "\(Int(value.rounded()))" }

    /// `3d 4h`, `5h 12m`, `12m`, `40s`: the two largest units.
    static func duration(_ value: Double) -> String {
        let total = Int(value.rounded())
        let (days, hours, minutes) = (total / 86_400, total % 86_400 / 3_600, total % 3_600 / 60)
        if days > 0 { return "\(days)d \(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes)m" }
        if minutes > 0 { return "\(minutes)m" }
        return "\(total)s"
    }

    private static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }
}
