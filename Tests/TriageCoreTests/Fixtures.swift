import Foundation
import PartnerCentral

@testable import TriageCore

/// The fixed "now" of every test: 2025-03-01T12:00:00Z.
let testNow = Date(timeIntervalSince1970: 1_740_830_400)

func invitationID(_ number: Int) -> String {
    "engi-" + String(repeating: "0", count: max(0, 13 - String(number).count)) + String(number)
}

func summary(
    _ number: Int, title: String? = nil, sender: String = "Example Corp", status: InvitationStatus = .pending,
    type: EngagementInvitationPayloadType = .opportunityInvitation, expiresInDays: Double = 10,
    catalog: Catalog = .sandbox
) -> EngagementInvitationSummary {
    EngagementInvitationSummary(
        payloadType: type, id: invitationID(number), engagementTitle: title ?? "Project \(number)",
        status: status, invitationDate: Timestamp(testNow.addingTimeInterval(-Double(number) * 3600)),
        expirationDate: Timestamp(testNow.addingTimeInterval(expiresInDays * 86_400)),
        senderCompanyName: sender, catalog: catalog.rawValue)
}

func invitation(_ number: Int, status: InvitationStatus = .pending, title: String? = nil) -> EngagementInvitation {
    let row = summary(number, title: title, status: status)
    return EngagementInvitation(
        payloadType: row.payloadType, id: row.id, engagementTitle: row.engagementTitle, status: status,
        invitationDate: row.invitationDate, expirationDate: row.expirationDate,
        senderCompanyName: row.senderCompanyName, catalog: row.catalog)
}

/// A fresh state on the Sandbox list at 80×24 with no rows yet (first page requested).
func freshState(catalog: Catalog? = .sandbox, cols: Int = 80, rows: Int = 24, graceSeconds: Int = 0) -> TriageState {
    var state = TriageState(
        catalog: catalog, identityLabel: "profile test", now: testNow, sessionNonce: "nonce", cols: cols, rows: rows,
        graceSeconds: graceSeconds)
    _ = state.start()
    return state
}

/// A Sandbox list with `count` pending rows loaded (one page, no more).
func loadedState(
    _ count: Int = 5, cols: Int = 80, rows: Int = 24, summaries: [EngagementInvitationSummary]? = nil,
    graceSeconds: Int = 0
) -> TriageState {
    var state = freshState(cols: cols, rows: rows, graceSeconds: graceSeconds)
    _ = state.update(
        .pageLoaded(
            catalog: .sandbox, generation: state.generation,
            summaries: summaries ?? (1...max(1, count)).map { summary($0) }, nextToken: nil))
    return state
}

extension TriageState {
    /// Applies messages in order and returns the effects of the last one.
    @discardableResult
    mutating func send(_ messages: TriageMessage...) -> [TriageEffect] {
        var effects: [TriageEffect] = []
        for message in messages { effects = update(message) }
        return effects
    }

    /// Presses keys in order and returns the effects of all of them.
    @discardableResult
    mutating func press(_ keys: Key...) -> [TriageEffect] {
        keys.flatMap { update(.key($0)) }
    }

    /// Types text while `/` editing.
    @discardableResult
    mutating func type(_ text: String) -> [TriageEffect] {
        text.flatMap { update(.key(.char($0))) }
    }
}

/// Only the write effects (reject / accept starts) of a list.
func writes(_ effects: [TriageEffect]) -> [TriageEffect] {
    effects.filter {
        switch $0 {
        case .reject, .startAccept, .acceptLead: true
        default: false
        }
    }
}
