import Foundation
import PartnerCentral
import TriageCore
import TriageTerminal

/// The `list --output table` rendering: aligned columns of terminal-safe text.
///
/// Every value from the service goes through `TerminalSafe.clean` (no escape sequence, control character or bidi
/// override reaches the terminal) and columns are padded by display width, so wide scripts and emoji line up.
enum InvitationTable {
    /// The column titles.
    static let header = ["ID", "STATUS", "TYPE", "INVITED", "EXPIRES", "SENDER", "TITLE"]

    /// The table's lines, header first; no trailing newline.
    static func render(_ summaries: [EngagementInvitationSummary]) -> [String] {
        var stream = Stream()
        return stream.lines(for: summaries)
    }

    /// The table written a page at a time: the header comes with the first page, and a column is as wide as the
    /// widest cell seen so far (so a later page with wider cells only shifts the columns after them).
    struct Stream {
        private var widths: [Int]?

        /// The lines for the next rows, with the header first on the first call.
        mutating func lines(for summaries: [EngagementInvitationSummary]) -> [String] {
            let rows = summaries.map(InvitationTable.cells)
            let isFirst = widths == nil
            let all = isFirst ? [InvitationTable.header] + rows : rows
            var widths = self.widths ?? Array(repeating: 0, count: InvitationTable.header.count)
            for cells in all {
                for (column, cell) in cells.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell)) }
            }
            self.widths = widths
            return all.map { cells in
                cells.enumerated().map { column, cell in
                    // The last column is not padded, so lines carry no trailing spaces.
                    column == cells.count - 1 ? cell : pad(cell, to: widths[column])
                }.joined(separator: "  ")
            }
        }
    }

    /// One row's cells, cleaned and cut.
    static func cells(_ summary: EngagementInvitationSummary) -> [String] {
        [
            summary.id.map { TerminalSafe.clean($0) } ?? "-",
            summary.status.map { TerminalSafe.clean($0.rawValue) } ?? "-",
            typeLabel(summary.payloadType),
            day(summary.invitationDate),
            day(summary.expirationDate),
            truncate(TerminalSafe.clean(summary.senderCompanyName ?? summary.senderAwsAccountId ?? "-"), to: 28),
            truncate(TerminalSafe.clean(summary.engagementTitle ?? "(untitled)"), to: 48),
        ]
    }

    /// `Opportunity`, `Lead`, or the cleaned value the service sent.
    static func typeLabel(_ type: EngagementInvitationPayloadType?) -> String {
        switch type {
        case .some(.opportunityInvitation): "Opportunity"
        case .some(.leadInvitation): "Lead"
        case .some(.accountPlanningInvitation): "Account planning"
        case .some(let other): TerminalSafe.clean(other.rawValue)
        case .none: "-"
        }
    }

    /// The UTC day of a timestamp (`2025-01-31`); `-` when none, or when it is no date a calendar can show.
    static func day(_ timestamp: Timestamp?) -> String {
        guard let timestamp, DisplayableDate.filter(timestamp.date) != nil else { return "-" }
        return timestamp.date.formatted(
            Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt).year().month().day()
        )
    }

    /// `text` padded with spaces to `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let next = DisplayWidth.of(character)
            if used + next > width - 1 { break }
            out.append(character)
            used += next
        }
        return out + "…"
    }
}
