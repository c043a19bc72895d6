import Foundation
import PartnerCentral

/// One list row: an invitation summary with every service string made terminal-safe.
public struct InvitationRow: Hashable, Sendable, Identifiable {
    /// The invitation id exactly as sent: the key for tags, caches and requests. Never draw it; draw ``idLabel``.
    public var id: String
    /// The id to draw, cleaned (real ids are `engi-…`, but the service is not trusted).
    public private(set) var idLabel: String
    /// The engagement title, cleaned.
    public private(set) var title: String
    /// The sender company, cleaned (or the sender account when no name was sent).
    public private(set) var sender: String
    /// The status for logic (local outcomes such as a successful reject update it).
    public var status: InvitationStatus?
    /// The status text to draw, cleaned (`PENDING`, `REJECTED`, …; `—` when none).
    public var statusLabel: String
    /// `Opportunity`, `Lead`, or the cleaned unknown payload type.
    public var typeLabel: String
    /// The payload type for logic (leads are accepted differently).
    public var payloadType: EngagementInvitationPayloadType?
    /// The engagement id exactly as sent (a key for `GetEngagement`, never drawn).
    public var engagementID: String?
    /// The invitation instant.
    public var invited: Date?
    /// The invitation date as `YYYY-MM-DD` in the state's time zone, or `—`.
    public var invitedText: String
    /// The expiration instant, for the relative ``Expiry`` and for ordering.
    public var expiration: Date?
    /// The invitation ARN, cleaned (for `Y`, which copies it).
    public var arnLabel: String?
    /// Title, sender and id lowercased once, for the `/` filter (which would otherwise lowercase every row on every
    /// keystroke).
    let searchText: String

    /// Builds a row from a list summary.
    public init(summary: EngagementInvitationSummary, timeZone: TimeZone = .gmt) {
        self.id = summary.id ?? ""
        self.idLabel = summary.id.map { TerminalSafe.clean($0) } ?? "—"
        self.title = TerminalSafe.clean(summary.engagementTitle ?? "(untitled)")
        self.sender = TerminalSafe.clean(summary.senderCompanyName ?? summary.senderAwsAccountId ?? "—")
        self.status = summary.status
        self.statusLabel = InvitationRow.label(for: summary.status)
        self.typeLabel = InvitationRow.label(for: summary.payloadType)
        self.payloadType = summary.payloadType
        self.engagementID = summary.engagementId
        self.invited = DisplayableDate.filter(summary.invitationDate?.date)
        self.invitedText = InvitationRow.dayText(summary.invitationDate?.date, timeZone: timeZone)
        self.expiration = DisplayableDate.filter(summary.expirationDate?.date)
        self.arnLabel = summary.arn.map { TerminalSafe.clean($0) }
        // NUL never comes from the keyboard, so a typed filter cannot match across two fields.
        self.searchText = [title, sender, idLabel].joined(separator: "\u{0}").lowercased()
    }

    /// Whether the `/` filter text (already lowercased) occurs in the title, sender or id.
    func matches(lowercasedFilter needle: String) -> Bool {
        TextSearch.contains(searchText, needle)
    }

    /// Builds a row from a whole invitation (a refresh after a conflict, or a details fetch).
    public init(invitation: EngagementInvitation, timeZone: TimeZone = .gmt) {
        self.init(summary: invitation.summary, timeZone: timeZone)
    }

    /// The expiry as seen at `now`.
    public func expiry(now: Date) -> Expiry { Expiry(expiration: expiration, now: now) }

    /// Whether the row can still be rejected or accepted.
    public var isPending: Bool { status == .pending && !id.isEmpty }

    /// Sets the status (after a local decision or a refresh) and its label together.
    public mutating func setStatus(_ status: InvitationStatus) {
        self.status = status
        self.statusLabel = InvitationRow.label(for: status)
    }

    /// The cleaned display text of a status.
    public static func label(for status: InvitationStatus?) -> String {
        guard let status else { return "—" }
        return TerminalSafe.clean(status.rawValue)
    }

    /// `Opportunity`, `Lead`, or the cleaned unknown value.
    public static func label(for type: EngagementInvitationPayloadType?) -> String {
        switch type {
        case .none: "—"
        case .some(.opportunityInvitation): "Opportunity"
        case .some(.leadInvitation): "Lead"
        // Short enough for the list's type column; the details say "Account planning".
        case .some(.accountPlanningInvitation): "Planning"
        case .some(let other): TerminalSafe.clean(other.rawValue)
        }
    }

    /// `YYYY-MM-DD` of an instant in a time zone, or `—` (also for an instant outside ``DisplayableDate/range``).
    public static func dayText(_ date: Date?, timeZone: TimeZone) -> String {
        guard let date = DisplayableDate.filter(date) else { return "—" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let year = parts.year ?? 0
        let month = parts.month ?? 0
        let day = parts.day ?? 0
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
