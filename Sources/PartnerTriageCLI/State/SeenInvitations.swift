import Foundation
import PartnerCentral

/// The invitation ids already printed by `list --new` (or shown in the UI) in one catalog, kept in
/// `seen-<catalog>.json` in the state directory so each id is "new" once (`demo-seen-<catalog>.json` for `--demo`,
/// whose made-up invitations must not mark or unmark the user's own).
///
/// Ids are kept oldest first and cut to ``maxIDs``, the oldest dropped, so the file stays small however long it is
/// used; the file is replaced atomically, so a reader never sees half of it. Two runs at the same moment may both
/// print an id (the last to save wins), which a cron job does not do.
///
/// ```swift
/// let seen = try SeenInvitations(environment: environment, catalog: .sandbox)
/// let new = ids.filter { !seen.load().contains($0) }
/// try seen.record(new)
/// ```
struct SeenInvitations: Sendable {
    /// The most ids kept per catalog: far more than a partner receives in years, small on disk (about 1 MB).
    static let maxIDs = 50_000

    /// The file.
    let fileURL: URL
    /// The catalog whose ids it holds.
    let catalog: Catalog

    /// The store of `catalog` in `directory`; `demo` gives the demo's own file.
    init(directory: URL, catalog: Catalog, demo: Bool = false) {
        self.fileURL = directory.appendingPathComponent(Self.fileName(catalog: catalog, demo: demo))
        self.catalog = catalog
    }

    /// The store of `catalog` in the state directory of `environment`; `demo` gives the demo's own file.
    ///
    /// - Throws: ``StateFileError`` when neither `XDG_STATE_HOME` nor `HOME` is an absolute path.
    init(environment: [String: String], catalog: Catalog, demo: Bool = false) throws(StateFileError) {
        guard let directory = StateDirectory.url(environment: environment) else {
            throw StateFileError(
                path: Self.fileName(catalog: catalog, demo: demo),
                problem: "has no place: set HOME or XDG_STATE_HOME to an absolute path.")
        }
        self.init(directory: directory, catalog: catalog, demo: demo)
    }

    /// `seen-<catalog>.json`, or `demo-seen-<catalog>.json` for `--demo`.
    static func fileName(catalog: Catalog, demo: Bool) -> String {
        (demo ? "demo-" : "") + "seen-\(catalog.rawValue).json"
    }

    /// The file's form: the catalog (a check that the file is the one meant) and the ids, oldest first.
    private struct Contents: Codable {
        var catalog: String
        var ids: [String]
    }

    /// The ids seen so far, oldest first; empty before the first save.
    ///
    /// - Throws: ``StateFileError`` for an unsafe or damaged file (delete it to start afresh).
    func orderedIDs() throws(StateFileError) -> [String] {
        // Each id is under 100 bytes as JSON; the cap keeps a damaged or planted file from filling memory.
        guard let data = try StateDirectory.read(fileURL, limit: Self.maxIDs * 128 + 4096) else { return [] }
        guard let contents = try? JSONDecoder().decode(Contents.self, from: data), contents.catalog == catalog.rawValue
        else {
            throw StateFileError(
                path: fileURL.path, problem: "is damaged; delete it to start afresh (every invitation is then new).")
        }
        return contents.ids
    }

    /// The ids seen so far.
    ///
    /// - Throws: ``StateFileError``, as ``orderedIDs()``.
    func load() throws(StateFileError) -> Set<String> { Set(try orderedIDs()) }

    /// Adds `ids` (those not already there, in order) and saves atomically, dropping the oldest beyond ``maxIDs``.
    ///
    /// - Throws: ``StateFileError`` when the file cannot be read or written.
    func record(_ ids: [String]) throws(StateFileError) {
        var kept = try orderedIDs()
        var known = Set(kept)
        let added = ids.filter { known.insert($0).inserted }
        guard !added.isEmpty else { return }
        kept += added
        if kept.count > Self.maxIDs { kept.removeFirst(kept.count - Self.maxIDs) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Safe: a struct of strings always encodes.
        let data = (try? encoder.encode(Contents(catalog: catalog.rawValue, ids: kept))) ?? Data()
        try StateDirectory.write(data + Data("\n".utf8), to: fileURL)
    }
}
