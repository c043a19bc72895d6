import Foundation
import PartnerCentral

/// The seed file's top level, decoded with `PartnerCentralJSON.decoder()`.
struct SeedDocument: Decodable {
    var engagementInvitations: [SeedElement]
    var emulatorDateAnchor: Timestamp?
    var emulatorSSOTokens: [SeedSSOTokenElement]?
}

/// One seed element: an invitation plus the emulator-only member.
struct SeedElement: Decodable {
    var invitation: EngagementInvitation
    var acceptTaskFailure: AcceptTaskFailure?

    init(from decoder: Decoder) throws {
        invitation = try EngagementInvitation(from: decoder)
        let container = try decoder.container(keyedBy: SeedKey.self)
        acceptTaskFailure = try container.decodeIfPresent(
            AcceptTaskFailure.self, forKey: SeedKey(stringValue: "emulatorAcceptTaskFailure"))
    }
}

/// A coding key with any name.
struct SeedKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
