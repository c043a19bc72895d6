import Foundation
import PartnerCentral

/// The partner's opportunities per catalog, and how `ListOpportunities` filters, orders and pages them.
struct OpportunityBook: Sendable {
    private var byCatalog: [String: [String: StoredOpportunity]] = [:]

    /// The opportunity with `id` in `catalog`.
    subscript(catalog: String, id: String) -> StoredOpportunity? {
        get { byCatalog[catalog]?[id] }
        set { byCatalog[catalog, default: [:]][id] = newValue }
    }

    /// Every opportunity of a catalog, newest `LastModifiedDate` first.
    func all(catalog: String) -> [StoredOpportunity] {
        let rows = Array((byCatalog[catalog] ?? [:]).values)
        return rows.sorted { Self.key($1, by: .lastModifiedDate) < Self.key($0, by: .lastModifiedDate) }
    }

    /// Whether any catalog already holds `id` (ids are the account's, unique across catalogs).
    func contains(id: String) -> Bool { byCatalog.values.contains { $0[id] != nil } }

    /// The rows of `catalog` that pass `request`'s filters, in its order (by default newest `LastModifiedDate` first,
    /// as the service documents), after `cursor` when given.
    func matching(_ request: ListOpportunitiesRequest, after cursor: RowKey?) -> [StoredOpportunity] {
        let sortBy = request.sort?.sortBy ?? .lastModifiedDate
        let order = request.sort?.sortOrder ?? .descending
        let ids = request.identifier.map(Set.init)
        let stages = request.lifeCycleStage.map { Set($0.map(\.rawValue)) }
        let reviews = request.lifeCycleReviewStatus.map { Set($0.map(\.rawValue)) }
        let names = request.customerCompanyName
        let modified = request.lastModifiedDate
        let created = request.createdDate
        let closes = request.targetCloseDate
        let rows = (byCatalog[request.catalog] ?? [:]).values.filter { row in
            // An empty list filters nothing out, as an absent one (the model allows 0 items).
            if let ids, !ids.isEmpty, !ids.contains(row.id) { return false }
            if let stages, !stages.isEmpty, !stages.contains(row.stage ?? "") { return false }
            if let reviews, !reviews.isEmpty, !reviews.contains(row.reviewStatus ?? "") { return false }
            if let names, !names.isEmpty, !names.contains(where: { Self.name(row.companyName, matches: $0) }) {
                return false
            }
            if !Self.within(
                row.lastModified, after: modified?.afterLastModifiedDate?.date,
                before: modified?.beforeLastModifiedDate?.date)
            {
                return false
            }
            if !Self.within(
                row.created, after: created?.afterCreatedDate?.date, before: created?.beforeCreatedDate?.date)
            {
                return false
            }
            if let after = closes?.afterTargetCloseDate, !(row.targetCloseDate.map { $0 > after } ?? false) {
                return false
            }
            if let before = closes?.beforeTargetCloseDate, !(row.targetCloseDate.map { $0 < before } ?? false) {
                return false
            }
            if let cursor, !Self.key(row, by: sortBy).follows(cursor, in: order) { return false }
            return true
        }
        let ascending = rows.sorted { Self.key($0, by: sortBy) < Self.key($1, by: sortBy) }
        return order == .ascending ? ascending : ascending.reversed()
    }

    /// Whether a company name matches a `CustomerCompanyName` filter: the reference says only "matching the provided
    /// company name string", so the emulator accepts any name that contains it, ignoring case ("Contoso Health" finds
    /// "CONTOSO HEALTH PARTNERS INC."), rather than inventing a stricter rule a search by a shortened name would miss.
    static func name(_ name: String?, matches filter: String) -> Bool {
        guard let name else { return false }
        return filter.isEmpty || name.range(of: filter, options: [.caseInsensitive]) != nil
    }

    /// Whether a date lies strictly after `after` and strictly before `before` (a missing date passes no bound).
    private static func within(_ date: Date?, after: Date?, before: Date?) -> Bool {
        if let after, !(date.map { $0 > after } ?? false) { return false }
        if let before, !(date.map { $0 < before } ?? false) { return false }
        return true
    }

    /// A row's sort key for `sortBy`: dates as time, text as the key's text; the id breaks ties, so the order is total
    /// and a `NextToken` can resume strictly after the last row it saw.
    static func key(_ row: StoredOpportunity, by sortBy: OpportunitySortName) -> RowKey {
        let tie = paddedId(row.id)
        switch sortBy {
        case .createdDate:
            return RowKey(row.created, id: tie)
        case .identifier:
            return RowKey(nil, id: tie)
        case .customerCompanyName:
            return RowKey(nil, id: (row.companyName ?? "") + "\u{0}" + tie)
        case .targetCloseDate:
            return RowKey(nil, id: (row.targetCloseDate ?? "") + "\u{0}" + tie)
        default:
            return RowKey(row.lastModified, id: tie)
        }
    }

    /// `O42` as `O00000000000000000042`, so ids order by their number.
    private static func paddedId(_ id: String) -> String {
        let digits = id.dropFirst()
        guard id.hasPrefix("O"), digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return id }
        return "O" + String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }
}
