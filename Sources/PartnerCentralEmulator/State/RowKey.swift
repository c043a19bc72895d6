import Foundation
import PartnerCentral

/// A listed row's sort key: its timestamp (`InvitationDate`, `StartTime`), then its id to break ties.
///
/// A `NextToken` carries the key of the last row a page returned, and the next page starts strictly after it.
/// A row position would not do: rows that leave the filter between calls (rejected, expired, finished) would shift
/// every later row forward, and the next page would skip rows the caller never saw.
struct RowKey: Codable, Hashable, Comparable, Sendable {
    /// Seconds since 1970 (`distantPast` for a row without a timestamp).
    var time: Double
    var id: String

    private enum CodingKeys: String, CodingKey {
        case time = "t"
        case id = "i"
    }

    init(_ date: Date?, id: String) {
        self.time = (date ?? .distantPast).timeIntervalSince1970
        self.id = id
    }

    static func < (lhs: RowKey, rhs: RowKey) -> Bool {
        lhs.time == rhs.time ? lhs.id < rhs.id : lhs.time < rhs.time
    }

    /// Whether this row comes after `cursor` in a listing sorted in `order` (descending is the exact reverse).
    func follows(_ cursor: RowKey, in order: PartnerCentral.SortOrder) -> Bool {
        order == .ascending ? cursor < self : self < cursor
    }
}
