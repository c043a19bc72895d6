import Foundation
import PartnerCentral

extension TriageState {
    /// A state that runs one decision over `ids` without a screen (the command line), and the effects to start it.
    ///
    /// The run is the UI's ``BatchRun``: one write at a time, the same pacing, conflict rule and audit lines.
    /// Nothing is loaded, so nothing is skipped as not pending; an accept reads its invitation first to choose
    /// between a lead and a task. Each invitation's end is appended to ``results``.
    public static func headless(
        decision: Decision, catalog: Catalog, ids: [String], sessionNonce: String,
        acceptPolicy: AcceptFollowPolicy, now: Date
    ) -> (TriageState, [TriageEffect]) {
        var state = TriageState(
            catalog: catalog, identityLabel: "", now: now, sessionNonce: sessionNonce, colorEnabled: false,
            timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt)
        state.acceptPolicy = acceptPolicy
        let targets = ids.map { id in
            DecisionTarget(id: id, idLabel: TerminalSafe.clean(id), title: TerminalSafe.clean(id), sender: "")
        }
        let confirmation = DecisionConfirmation(
            decision: decision, catalog: catalog, targets: targets, skipped: [], identity: "")
        let effects = state.startBatch(confirmation)
        return (state, effects)
    }
}
