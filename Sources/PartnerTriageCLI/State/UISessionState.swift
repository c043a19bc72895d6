import Foundation
import PartnerCentral
import TriageCore

/// What one UI session leaves for the next: the catalog and the filters, in `ui-state.json` (`demo-ui-state.json`
/// for `--demo`) in the state directory, written when the UI exits.
struct UISessionState: Codable, Equatable, Sendable {
    /// The catalog that was open (`AWS`, `Sandbox`).
    var catalog: String?
    /// The status filter (`pending`, `all`, …).
    var status: String?
    /// The type filter (`all`, `opportunities`, `leads`).
    var type: String?
    /// The sort key (`expiry`, `spend`, `score`, `customer`, `invited`).
    var order: String?
    /// Whether the sort was largest (latest, Z) first.
    var descending: Bool?
    /// The `/` text filter.
    var textFilter: String?

    /// The session state of `state`.
    init(_ state: TriageState) {
        catalog = state.catalog?.rawValue
        status = state.query.status.rawValue
        type = state.query.type.rawValue
        order = state.sort.key.rawValue
        descending = state.sort.descending
        textFilter = state.textFilter.isEmpty ? nil : state.textFilter
    }

    /// The file's name in the state directory; practice sessions keep their own.
    static func fileName(demo: Bool) -> String { demo ? "demo-ui-state.json" : "ui-state.json" }

    /// The largest file read back: a few short strings.
    static let maxBytes = 16 * 1024

    /// The saved state, or `nil` when there is none or it cannot be used: it is a convenience, so a damaged file
    /// is ignored (and replaced at the next exit) instead of stopping the UI.
    static func load(from url: URL) -> UISessionState? {
        guard let data = try? StateDirectory.read(url, limit: maxBytes) else { return nil }
        return try? JSONDecoder().decode(UISessionState.self, from: data)
    }

    /// Writes the state atomically.
    func save(to url: URL) throws(StateFileError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Safe: encoding a struct of optional strings cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        try StateDirectory.write(data + Data("\n".utf8), to: url)
    }

    /// The catalog, if it names one.
    var restoredCatalog: Catalog? { catalog.flatMap(Catalog.init(matching:)) }

    /// The service-side filters, the defaults where the file has none or an unknown value.
    var restoredQuery: ListQuery {
        ListQuery(
            status: status.flatMap(StatusFilter.init(rawValue:)) ?? .pending,
            type: type.flatMap(TypeFilter.init(rawValue:)) ?? .all)
    }

    /// `state` with the local order and text filter applied through the keys a user would press (`s`, `S`, `/`,
    /// the text, Enter), so the core needs no restore path of its own; only on the list, where those keys mean that.
    func restoring(into state: TriageState) -> TriageState {
        var state = state
        guard state.screen == .list, !state.isEditingFilter else { return state }
        if let key = order.flatMap(SortKey.init(rawValue:)) {
            for _ in SortKey.allCases where state.sort.key != key { _ = state.update(.key(.char("s"))) }
            if let descending, descending != state.sort.descending { _ = state.update(.key(.char("S"))) }
        }
        // The file is ours but could be edited: the text goes through the same cleaning as anything shown.
        let text = TerminalSafe.clean(textFilter ?? "")
        if !text.isEmpty {
            _ = state.update(.key(.char("/")))
            for character in text { _ = state.update(.key(.char(character))) }
            _ = state.update(.key(.enter))
        }
        return state
    }
}
