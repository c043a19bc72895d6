import Foundation
import PartnerCentral
import Synchronization

/// The UI's link to the seen-invitations store: what earlier sessions showed, and a recorder for what this one shows.
/// `--demo` sessions keep their own files, so the demo's invitations never touch the user's history.
final class SeenInvitationsRecorder: Sendable {
    private let environment: [String: String]
    private let demo: Bool
    // One writer at a time: each record rewrites the file, and two at once could drop the other's ids.
    private let lock = Mutex(())

    /// A recorder for the state directory named by `environment`; `demo` keeps to the demo's files.
    init(environment: [String: String], demo: Bool = false) {
        self.environment = environment
        self.demo = demo
    }

    /// Ids shown before, per catalog; a catalog with no history is left out, so its first load marks nothing new.
    func seenBefore() -> [Catalog: Set<String>] {
        var seen: [Catalog: Set<String>] = [:]
        for catalog in Catalog.allCases {
            guard let store = try? SeenInvitations(environment: environment, catalog: catalog, demo: demo),
                let ids = try? store.load(), !ids.isEmpty
            else { continue }
            seen[catalog] = ids
        }
        return seen
    }

    /// Records ids as shown; a store that cannot be written costs only the "new" marks of a later session.
    func record(_ catalog: Catalog, _ ids: [String]) {
        lock.withLock { _ in
            try? SeenInvitations(environment: environment, catalog: catalog, demo: demo).record(ids)
        }
    }
}
