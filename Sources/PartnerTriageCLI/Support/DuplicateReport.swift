import Foundation
import PartnerCentral
import TriageCore
import TriageTerminal

/// What `duplicates` found for one invitation: its customer and the partner's opportunities that match it.
struct DuplicateReport: Sendable {
    /// The invitation id as asked for or listed.
    var id: String
    /// The invitation's title, cleaned.
    var title: String
    /// The invitation's customer, cleaned; `nil` when the invitation names none (the check is then not possible).
    var customer: String?
    /// The matches, best first.
    var matches: [DuplicateMatch]

    /// The table's lines: one per match, and one saying "none" for an invitation without one.
    static func table(_ reports: [DuplicateReport]) -> [String] {
        let header = [
            "INVITATION", "TITLE", "CUSTOMER", "OPPORTUNITY", "STAGE", "REVIEW", "MODIFIED", "MATCH", "THEIR TITLE",
        ]
        var rows: [[String]] = []
        for report in reports {
            let id = TerminalSafe.clean(report.id)
            let customer = report.customer ?? "—"
            if report.matches.isEmpty {
                rows.append([
                    id, report.title, customer, "—", "", "", "", report.customer == nil ? "no customer named" : "none",
                    "",
                ])
            }
            for match in report.matches {
                let opportunity = match.opportunity
                rows.append([
                    id, report.title, customer, opportunity.idLabel, opportunity.stage ?? "—",
                    opportunity.reviewStatus ?? "—",
                    opportunity.lastModifiedText, (match.isLikely ? "LIKELY: " : "") + match.reason.text,
                    opportunity.title ?? "—",
                ])
            }
        }
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for cells in all {
            for (column, cell) in cells.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
        }
        return all.map { cells in
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : InvitationTable.pad(cell, to: widths[column])
            }.joined(separator: "  ")
        }
    }

    /// The JSON document: `{"Invitations": [{"Id", "Title", "Customer", "Matches": [...]}]}`.
    static func json(_ reports: [DuplicateReport]) -> JSONValue {
        .object(JSONObject([("Invitations", .array(reports.map(\.json)))]))
    }

    private var json: JSONValue {
        let matches: [JSONValue] = matches.map { match in
            let opportunity = match.opportunity
            var members: [(String, JSONValue)] = [("OpportunityId", .string(opportunity.id))]
            members.append(("Title", opportunity.title.map(JSONValue.string) ?? .null))
            members.append(("Customer", opportunity.customer.map(JSONValue.string) ?? .null))
            members.append(("Stage", opportunity.stage.map(JSONValue.string) ?? .null))
            members.append(("ReviewStatus", opportunity.reviewStatus.map(JSONValue.string) ?? .null))
            members.append(
                (
                    "LastModified",
                    opportunity.lastModified.map { .string(ISO8601DateFormatter().string(from: $0)) } ?? .null
                ))
            members.append(("Match", .string(match.reason.text)))
            members.append(("Likely", .bool(match.isLikely)))
            return .object(JSONObject(members))
        }
        return .object(
            JSONObject([
                ("Id", .string(id)), ("Title", .string(title)), ("Customer", customer.map(JSONValue.string) ?? .null),
                ("Matches", .array(matches)),
            ]))
    }
}
