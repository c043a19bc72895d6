import Foundation
import PartnerCentral
import TriageCore
import TriageTerminal

/// A triage session held by reference, so a benchmark mutates one state in place instead of copying 10,000 rows.
final class TriageSession: @unchecked Sendable {
    private(set) var state: TriageState

    /// The pages still to arrive, 100 rows each.
    private(set) var pendingPages: [[EngagementInvitationSummary]]

    /// A Sandbox session at `cols`×`rows` with the first `loaded` of `count` invitations loaded in pages of 100, as
    /// the list arrives; the rest wait in ``pendingPages``. Then the details of `detailsFor` pending rows arrive as
    /// `GetEngagementInvitation` answers (every fifth pending row while there are enough, so the decision columns
    /// fill in all along the list, not only at one end).
    init(count: Int, loaded: Int? = nil, detailsFor: Int = 0, cols: Int = 160, rows: Int = 48) {
        state = TriageState(
            catalog: .sandbox, identityLabel: "endpoint http://127.0.0.1:4777",
            now: GeneratedInvitations.newest, sessionNonce: "benchmark", cols: cols, rows: rows)
        _ = state.start()
        let summaries = GeneratedInvitations.make(count: count).map(\.summary)
        var pages = stride(from: 0, to: summaries.count, by: 100).map {
            Array(summaries[$0..<min($0 + 100, summaries.count)])
        }
        let loadedPages = ((loaded ?? count) + 99) / 100
        pendingPages = Array(pages.dropFirst(loadedPages))
        pages = Array(pages.prefix(loadedPages))
        for page in pages {
            _ = state.update(
                .pageLoaded(catalog: .sandbox, generation: state.generation, summaries: page, nextToken: "more"))
        }
        guard detailsFor > 0 else { return }
        let pending = state.invitations.indices.filter { state.invitations[$0].isPending }
        let stride = max(1, pending.count / detailsFor)
        let whole = GeneratedInvitations.make(count: count)
        for index in pending.enumerated().filter({ $0.offset % stride == 0 }).prefix(detailsFor).map(\.element) {
            let invitation = GeneratedInvitations.withDetails(whole[index], index: index)
            _ = state.update(
                .detailsLoaded(catalog: .sandbox, id: state.invitations[index].id, invitation: invitation))
        }
    }

    /// Applies the next pending page in place, as the terminal loop does when a background page arrives.
    func receiveNextPage() {
        guard !pendingPages.isEmpty else { return }
        let page = pendingPages.removeFirst()
        _ = state.update(
            .pageLoaded(
                catalog: .sandbox, generation: state.generation, summaries: page,
                nextToken: pendingPages.isEmpty ? nil : "more"))
    }

    /// Sends one key, as the terminal loop does.
    func press(_ key: Key) { _ = state.update(.key(key)) }

    /// Renders the frame the terminal would draw now.
    func frame() -> Grid { TriageView.render(state) }
}
