import Foundation
import PartnerCentral

/// The seed file's top level, decoded with `PartnerCentralJSON.decoder()`.
struct SeedDocument: Decodable {
    var engagementInvitations: [SeedElement]
    var emulatorDateAnchor: Timestamp?
    var emulatorSSOTokens: [SeedSSOTokenElement]?
}

/// One seed element: an invitation plus the emulator-only members.
struct SeedElement: Decodable {
    var invitation: EngagementInvitation
    var acceptTaskFailure: AcceptTaskFailure?
    /// Member names (wire spelling) that are neither in the model nor emulator-only: almost always typos.
    var unknownMembers: [String]

    /// The element members the model defines, in decoded (lower-first) spelling.
    static let knownMembers: Set<String> = [
        "arn", "payloadType", "id", "engagementId", "engagementTitle", "status", "invitationDate", "expirationDate",
        "senderAwsAccountId", "senderCompanyName", "receiver", "catalog", "rejectionReason", "payload",
        "invitationMessage", "engagementDescription", "existingMembers", "emulatorAcceptTaskFailure",
    ]

    init(from decoder: Decoder) throws {
        invitation = try EngagementInvitation(from: decoder)
        let container = try decoder.container(keyedBy: SeedKey.self)
        acceptTaskFailure = try container.decodeIfPresent(
            AcceptTaskFailure.self, forKey: SeedKey(stringValue: "emulatorAcceptTaskFailure"))
        unknownMembers = container.allKeys.map(\.stringValue).filter { !SeedElement.knownMembers.contains($0) }
            .map(SeedDecoding.wireName).sorted()
    }
}

/// A coding key with any name.
struct SeedKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
