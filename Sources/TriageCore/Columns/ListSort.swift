import Foundation

/// What the list is ordered by, over the loaded rows; `s` cycles the key and `S` turns the direction.
public enum SortKey: String, CaseIterable, Hashable, Sendable {
    /// Time left to answer (the default for pending invitations).
    case expiry
    /// Expected monthly spend.
    case spend
    /// Lead readiness or engagement score.
    case score
    /// Customer company, alphabetically.
    case customer
    /// Invitation date.
    case invited

    /// The next key in the `s` cycle.
    public var next: SortKey {
        let all = SortKey.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]  // Safe to force unwrap: self is one of allCases.
    }

    /// The direction a key starts in: what needs attention first (soonest expiry, most spend, best score, newest).
    public var startsDescending: Bool {
        switch self {
        case .expiry, .customer: false
        case .spend, .score, .invited: true
        }
    }
}

/// The list's order: a key and a direction. Rows without the value (details not loaded yet) go last either way.
public struct ListSort: Hashable, Sendable {
    /// What is compared.
    public var key: SortKey
    /// Largest (or latest, or Z) first.
    public var descending: Bool

    /// Creates an order; the direction defaults to the key's own.
    public init(_ key: SortKey, descending: Bool? = nil) {
        self.key = key
        self.descending = descending ?? key.startsDescending
    }

    /// The order a list of `status` opens in: soonest expiry for pending, newest otherwise.
    public static func initial(for status: StatusFilter) -> ListSort {
        status == .pending ? ListSort(.expiry) : ListSort(.invited)
    }

    /// The header's words, e.g. `expiry ↑`.
    public var label: String { "\(key.rawValue) \(descending ? "↓" : "↑")" }

    /// Orders `rows`; ties keep service order, so the result is stable across reloads.
    func ordered(_ rows: [InvitationRow], facts: [String: RowFacts], now: Date) -> [InvitationRow] {
        let keyed = rows.enumerated().map { (offset: $0.offset, row: $0.element, value: value(of: $0.element, facts, now)) }
        let descending = descending
        return keyed.sorted { lhs, rhs in
            switch (lhs.value, rhs.value) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                if left == right { return lhs.offset < rhs.offset }
                return descending ? right < left : left < right
            }
        }.map(\.row)
    }

    /// The compared value of one row, `nil` when it is not known.
    private func value(of row: InvitationRow, _ facts: [String: RowFacts], _ now: Date) -> SortValue? {
        switch key {
        case .expiry:
            // Open invitations by time left, then expired ones (most recently expired first).
            guard let expiration = row.expiration else { return nil }
            let remaining = expiration.timeIntervalSince(now)
            return .number(remaining > 0 ? remaining : 1e15 - remaining)
        case .spend: return facts[row.id]?.spend.map { .number($0.amount) }
        case .score: return facts[row.id]?.scoreRank.map { .number($0) }
        case .customer: return facts[row.id]?.customer.map { .text($0.lowercased()) }
        case .invited: return row.invited.map { .number($0.timeIntervalSince1970) }
        }
    }
}

/// A comparable sort value: numbers and text never meet, since one key gives one kind.
private enum SortValue: Comparable {
    case number(Double)
    case text(String)
}
