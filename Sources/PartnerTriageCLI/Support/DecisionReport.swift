import Foundation
import PartnerCentral
import TriageEffects

/// The `report` figures for one catalog over a window: decisions from the audit log, expiries and invitation dates
/// from the service's list.
struct DecisionReport: Equatable, Sendable {
    /// The catalog.
    var catalog: Catalog
    /// Invitations accepted (the accept task completed or was started) in the window.
    var accepted = 0
    /// Invitations rejected in the window, by the reason sent; every documented reason is present, 0 when unused.
    var rejectedByReason: [String: Int] = Dictionary(
        uniqueKeysWithValues: RejectionReason.allCases.map { ($0.rawValue, 0) })
    /// Invitations that expired in the window without an answer.
    var expiredUnanswered = 0
    /// The median time from invitation to decision, over the decisions whose invitation date the list gave.
    var medianSecondsToDecision: Double?

    /// Invitations rejected in the window.
    var rejected: Int { rejectedByReason.values.reduce(0, +) }

    /// The outcomes that count as a decision we made (an invitation already answered elsewhere does not).
    static let decidingOutcomes: Set<AuditOutcome> = [.rejected, .accepted, .acceptStarted]

    /// The figures for `catalog` between `since` and `now`.
    ///
    /// - Parameters:
    ///   - records: The audit log, oldest first; for each invitation its last deciding line counts once.
    ///   - invitations: Every invitation of the catalog, as the list sent them.
    ///   - endpoint: Where this report's list came from; lines whose decision went to another endpoint (the
    ///     emulator, a proxy) are left out, lines from before endpoints were recorded are kept.
    init(
        catalog: Catalog, records: [AuditRecord], invitations: [EngagementInvitationSummary], since: Date,
        now: Date, endpoint: String?
    ) {
        self.catalog = catalog
        var decisions: [String: (record: AuditRecord, time: Date)] = [:]
        for record in records where record.catalog == catalog.rawValue && Self.sameEndpoint(record.endpoint, endpoint) {
            // An accept task that was started and then failed took nothing: its `failed` line undoes the start.
            if record.outcome == .failed, record.action == .accept,
                decisions[record.id]?.record.outcome == .acceptStarted
            {
                decisions[record.id] = nil
                continue
            }
            guard Self.decidingOutcomes.contains(record.outcome), let time = AuditRecordTime.date(record.time),
                time >= since, time <= now
            else { continue }
            decisions[record.id] = (record, time)
        }
        var invited: [String: Date] = [:]
        for invitation in invitations {
            guard let id = invitation.id else { continue }
            if let date = invitation.invitationDate?.date { invited[id] = date }
            if invitation.status == .expired, decisions[id] == nil, let expiry = invitation.expirationDate?.date,
                expiry >= since, expiry <= now
            {
                expiredUnanswered += 1
            }
        }
        var waits: [Double] = []
        for (id, decision) in decisions {
            if decision.record.action == .reject {
                rejectedByReason[decision.record.reason ?? "(no reason)", default: 0] += 1
            } else {
                accepted += 1
            }
            if let date = invited[id], decision.time >= date { waits.append(decision.time.timeIntervalSince(date)) }
        }
        medianSecondsToDecision = Self.median(waits)
    }

    /// Whether a line's endpoint is the report's: either unknown, or the same URL up to a final `/` and letter case.
    static func sameEndpoint(_ recorded: String?, _ reported: String?) -> Bool {
        guard let recorded, let reported else { return true }
        func normal(_ url: String) -> String {
            var url = url.lowercased()
            while url.hasSuffix("/") { url.removeLast() }
            return url
        }
        return normal(recorded) == normal(reported)
    }

    /// The middle value (the mean of the two middle ones for an even count); `nil` for none.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The reasons in a fixed order: the five documented ones, then any other the log holds, by name.
    var reasons: [String] {
        let documented = RejectionReason.allCases.map(\.rawValue)
        return documented + rejectedByReason.keys.filter { !documented.contains($0) }.sorted()
    }
}
