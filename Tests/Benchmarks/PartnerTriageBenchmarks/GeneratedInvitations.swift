import Foundation
import PartnerCentral

/// A review session's worth of invitations: pending and decided, opportunities and leads, one a minute apart.
enum GeneratedInvitations {
    /// The instant the newest invitation was sent.
    static let newest = Date(timeIntervalSince1970: 1_795_000_000)

    /// `count` invitations of the Sandbox catalog, newest first, with ids `engi-` and 13 base-36 digits.
    static func make(count: Int) -> [EngagementInvitation] {
        (0..<count).map { index in
            let id = "engi-" + String(repeating: "0", count: 13 - String(index, radix: 36).count)
                + String(index, radix: 36)
            let invited = newest.addingTimeInterval(-60 * Double(index))
            return EngagementInvitation(
                arn: "arn:aws:partnercentral:us-east-1:aws:catalog/Sandbox/engagement-invitation/\(id)",
                payloadType: index % 3 == 0 ? .leadInvitation : .opportunityInvitation,
                id: id,
                engagementTitle: "Migration to managed databases, wave \(index)",
                status: [.pending, .pending, .accepted, .rejected][index % 4],
                invitationDate: Timestamp(invited),
                expirationDate: Timestamp(invited.addingTimeInterval(15 * 86_400)),
                senderAwsAccountId: "111122223333",
                senderCompanyName: index % 2 == 0 ? "AWS" : "Northwind Cloud Partners",
                catalog: "Sandbox"
            )
        }
    }
}
