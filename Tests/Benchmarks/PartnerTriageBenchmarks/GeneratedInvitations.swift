import Foundation
import PartnerCentral

/// A review session's worth of invitations: pending and decided, opportunities and leads, one a minute apart.
enum GeneratedInvitations {
    /// The instant the newest invitation was sent.
    static let newest = Date(timeIntervalSince1970: 1_795_000_000)

    /// `count` invitations of the Sandbox catalog, newest first, with ids `engi-` and 13 base-36 digits.
    static func make(count: Int) -> [EngagementInvitation] {
        (0..<count).map { index in
            let id =
                "engi-" + String(repeating: "0", count: 13 - String(index, radix: 36).count)
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

    /// Words that occur only in the details' business problems, never in a title, sender or id, so a `/` filter of
    /// them can match only through the details text.
    static let detailsOnlyWord = "mainframe"

    /// `invitation` as `GetEngagementInvitation` answers it: a customer, a project with a business problem and a
    /// monthly spend, a message, a sender contact and an enrichment score, varied by `index`.
    static func withDetails(_ invitation: EngagementInvitation, index: Int) -> EngagementInvitation {
        let customers = ["Contoso Health", "Fabrikam Freight", "Tailspin Toys", "Wide World Importers", "Adatum Bank"]
        let countries = ["US", "DE", "FR", "JP", "BR", "IN", "GB", "AU"]
        let scores = ["High", "Medium", "Low", "72", "45"]
        var whole = invitation
        whole.invitationMessage =
            "Looking for a partner with healthcare migrations in \(countries[index % 8]), case \(index)."
        whole.engagementDescription = "Consolidate records from \(index % 9 + 2) sites into one analytics platform."
        whole.payload = Payload(
            opportunityInvitation: OpportunityInvitationPayload(
                senderContacts: [
                    SenderContact(
                        email: "maria.\(index)@amazon.example", firstName: "Maria", lastName: "Garcia",
                        businessTitle: "Account Manager")
                ],
                customer: EngagementCustomer(
                    industry: .healthcare, companyName: "\(customers[index % 5]) \(index)",
                    websiteUrl: "https://example.com", countryCode: CountryCode(rawValue: countries[index % 8])),
                project: ProjectDetails(
                    businessProblem: "Retire the on-premises \(detailsOnlyWord)s and move claims processing "
                        + "\(index) to managed services before the data center lease ends.",
                    title: "Claims platform \(index)",
                    expectedCustomerSpend: [
                        ExpectedCustomerSpend(
                            amount: String(500 + (index * 7_919) % 250_000),
                            currencyCode: CurrencyCode(rawValue: "USD"),
                            frequency: .monthly, targetCompany: "AWS")
                    ])))
        whole.enrichmentContext = EnrichmentContext(leadInsights: LeadInsights(leadReadinessScore: scores[index % 5]))
        return whole
    }
}
