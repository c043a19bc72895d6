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
    ///
    /// The positions are sorted, not the rows, by plain numbers or strings: a row is a large value, and moving
    /// 10,000 of them about on every `s` or arriving details cost a frame several times over.
    func ordered(_ rows: [InvitationRow], facts: [String: RowFacts], now: Date) -> [InvitationRow] {
        // Each value is read from its row in place, never from a copy of the whole row.
        let order = rows.withUnsafeBufferPointer { rows -> [Int] in
            switch key {
            case .expiry:
                // Open invitations by time left, then expired ones (most recently expired first).
                return Self.positions(
                    rows.indices.map { index in
                        rows[index].expiration.map { expiration in
                            let remaining = expiration.timeIntervalSince(now)
                            return remaining > 0 ? remaining : 1e15 - remaining
                        }
                    }, descending: descending)
            case .spend:
                return Self.positions(rows.indices.map { facts[rows[$0].id]?.spend?.amount }, descending: descending)
            case .score:
                return Self.positions(rows.indices.map { facts[rows[$0].id]?.scoreRank }, descending: descending)
            case .customer:
                return Self.positions(
                    rows.indices.map { facts[rows[$0].id]?.customer?.lowercased() }, descending: descending)
            case .invited:
                return Self.positions(
                    rows.indices.map { rows[$0].invited?.timeIntervalSince1970 }, descending: descending)
            }
        }
        return order.map { rows[$0] }
    }

    /// The positions of `values` in order; unknown values last, ties in their original order.
    private static func positions<Value: Comparable>(_ values: [Value?], descending: Bool) -> [Int] {
        values.indices.sorted { lhs, rhs in
            switch (values[lhs], values[rhs]) {
            case (nil, nil): return lhs < rhs
            case (nil, _): return false
            case (_, nil): return true
            case (let left?, let right?):
                if left == right { return lhs < rhs }
                return descending ? right < left : left < right
            }
        }
    }
}
