import Foundation
import PartnerCentral

/// One invitation in the store: the JSON it was seeded with (compact text, as given) plus what the store filters,
/// sorts and changes, read out once. Serving parses the text again and lays the changes over it; the list row is
/// kept written too (a few hundred bytes), so a page of an unchanged list is joined, not parsed and written again.
struct StoredInvitation: Sendable {
    let id: String
    let catalog: String
    /// `Arn` as seeded (or the emulator's own form when the seed left it out); an identifier equal to it names this.
    let arn: String
    let key: RowKey
    let expiry: Date?
    let payloadType: String?
    let engagementId: String?
    let sender: String?
    /// The status as seeded, then as changed by reject, accept and finished tasks.
    var status: InvitationStatus
    /// Set once the status differs from the seeded text.
    var statusChanged = false
    /// Set by a reject that gave one.
    var rejectionReason: String?
    /// When the emulator accepted it; `nil` for one that was not accepted here (seeded as `ACCEPTED`, say).
    var acceptedAt: Date?
    /// The seeded JSON, as given.
    let seeded: SeedInvitation
    /// The list row with the seeded status, as compact JSON.
    private let seededSummary: String

    /// Reads an invitation out of its seed JSON; one without `InvitationDate` gets `loadedAt`.
    init?(_ invitation: SeedInvitation, loadedAt: Timestamp) {
        var object = invitation.object
        guard let id = object["Id"]?.stringValue, let catalog = object["Catalog"]?.stringValue else { return nil }
        var seeded = invitation
        if object["InvitationDate"] == nil || object["InvitationDate"] == .null {
            object["InvitationDate"] = loadedAt.json
            seeded = SeedInvitation(.object(object))
        }
        self.id = id
        self.catalog = catalog
        self.arn = object["Arn"]?.stringValue ?? InvitationARN.arn(catalog: catalog, id: id)
        self.key = RowKey(WireValue.timestamp(object["InvitationDate"])?.date, id: id)
        self.expiry = WireValue.timestamp(object["ExpirationDate"])?.date
        self.payloadType = object["PayloadType"]?.stringValue
        self.engagementId = object["EngagementId"]?.stringValue
        self.sender = WireValue.string(object["SenderAwsAccountId"])
        self.status = InvitationStatus(wire: object["Status"]) ?? .pending
        self.seeded = seeded
        self.seededSummary = PythonJSONWriter.compact(Self.summary(of: object))
    }

    /// The status as it reads at `now`: pending past its expiry reads as expired.
    func status(at now: Date) -> InvitationStatus {
        guard status == .pending, let expiry, expiry <= now else { return status }
        return .expired
    }

    /// The `GetEngagementInvitation` output at `now`: the seeded JSON with the current status and reason.
    func output(at now: Date) -> JSONObject {
        var object = seeded.object
        let current = status(at: now)
        if statusChanged || current != status { object["Status"] = .string(current.rawValue) }
        if let rejectionReason { object["RejectionReason"] = .string(rejectionReason) }
        return object
    }

    /// The members of a `ListEngagementInvitations` row, in the order of ``EngagementInvitationSummary``.
    static let summaryMembers: Set<String> = [
        "Arn", "PayloadType", "Id", "EngagementId", "EngagementTitle", "Status", "InvitationDate", "ExpirationDate",
        "SenderAwsAccountId", "SenderCompanyName", "Receiver", "Catalog",
    ]

    /// The list row at `now`: the output's summary members, in their seeded order, and `ParticipantType`.
    func summary(at now: Date) -> JSONValue { Self.summary(of: output(at: now)) }

    /// The list row at `now` as compact JSON: the seeded one while the status reads as seeded.
    func writtenSummary(at now: Date) -> String {
        guard statusChanged || status(at: now) != status else { return seededSummary }
        return PythonJSONWriter.compact(summary(at: now))
    }

    /// The list row of an invitation's output: its summary members, in their order, and `ParticipantType`.
    private static func summary(of output: JSONObject) -> JSONValue {
        var row = JSONObject(
            output.members.filter { summaryMembers.contains($0.name) }.map { ($0.name, $0.value) })
        row["ParticipantType"] = .string(ParticipantType.receiver.rawValue)
        return .object(row)
    }
}
