import Foundation
import PartnerCentral

/// Everything a salesperson needs to decide on one invitation, from `GetEngagementInvitation`, all cleaned.
///
/// Single-line fields are cleaned with ``TerminalSafe/clean(_:)``; free text that may hold paragraphs
/// (business problem, invitation message, description) is kept as cleaned lines.
public struct InvitationDetails: Hashable, Sendable {
    /// A person named by the sender.
    public struct Contact: Hashable, Sendable {
        /// "First Last" (or the email when no name was sent).
        public var name: String
        /// Business title, if any.
        public var title: String?
        /// Email address.
        public var email: String
        /// Phone, if any.
        public var phone: String?
    }

    /// An expected spend line such as `12000 USD Monthly (AWS)`.
    public struct Spend: Hashable, Sendable {
        /// Amount as sent (a decimal string), or `—`.
        public var amount: String
        /// Currency code.
        public var currency: String
        /// Payment frequency.
        public var frequency: String
        /// The company the spend goes to.
        public var targetCompany: String
        /// A link to the estimate, if any.
        public var estimationURL: String?

        /// The one-line text to draw.
        public var text: String {
            "\(amount) \(currency) \(frequency) (\(targetCompany))"
        }
    }

    /// How a lead came about.
    public struct LeadInteraction: Hashable, Sendable {
        /// Where the lead came from (e.g. an event type).
        public var sourceType: String
        /// The source's identifier.
        public var sourceID: String
        /// The source's name.
        public var sourceName: String
        /// The customer's use case, if sent.
        public var useCase: String?
        /// The business title of the customer contact.
        public var contactBusinessTitle: String
    }

    /// A company already on the engagement.
    public struct Member: Hashable, Sendable {
        /// The member's company name.
        public var companyName: String
        /// The member's website, if sent.
        public var websiteURL: String?
    }

    /// The invitation id exactly as sent (a key, never drawn).
    public var id: String
    /// The id to draw, cleaned.
    public var idLabel: String
    /// `Opportunity`, `Lead`, or the cleaned unknown value.
    public var typeLabel: String
    /// Engagement title.
    public var title: String
    /// Status text.
    public var statusLabel: String
    /// Status for logic.
    public var status: InvitationStatus?
    /// Sender company name.
    public var senderCompany: String
    /// Sender AWS account id.
    public var senderAccount: String?
    /// Sender contacts (opportunities only).
    public var contacts: [Contact]
    /// Customer company name.
    public var customerCompany: String?
    /// Customer industry.
    public var industry: String?
    /// Customer country code.
    public var country: String?
    /// Customer website.
    public var website: String?
    /// Lead customer market segment, when sent.
    public var marketSegment: String?
    /// Lead customer AWS maturity, when sent.
    public var awsMaturity: String?
    /// Project title (opportunities).
    public var projectTitle: String?
    /// Business problem, as cleaned lines.
    public var businessProblem: [String]
    /// Expected customer spend.
    public var expectedSpend: [Spend]
    /// Target completion date (`YYYY-MM-DD` as sent).
    public var targetCompletionDate: String?
    /// What the receiver is expected to do.
    public var receiverResponsibilities: [String]
    /// Lead interaction (leads only).
    public var leadInteraction: LeadInteraction?
    /// The sender's message, as cleaned lines.
    public var invitationMessage: [String]
    /// The engagement description, as cleaned lines.
    public var engagementDescription: [String]
    /// Companies already on the engagement.
    public var existingMembers: [Member]
    /// Invitation date, `YYYY-MM-DD`.
    public var invitedText: String
    /// Expiration date, `YYYY-MM-DD`.
    public var expiresText: String
    /// Expiration instant, for a relative ``Expiry``.
    public var expiration: Date?
    /// The rejection reason, when rejected.
    public var rejectionReason: String?
    /// The engagement id, if sent.
    public var engagementID: String?

    /// Builds the details from a `GetEngagementInvitation` response.
    public init(invitation: EngagementInvitation, timeZone: TimeZone = .gmt) {
        let clean = TerminalSafe.clean
        let optional: (String?) -> String? = { $0.map(TerminalSafe.clean) }
        self.id = invitation.id
        self.idLabel = clean(invitation.id)
        self.typeLabel = InvitationRow.label(for: invitation.payloadType)
        self.title = clean(invitation.engagementTitle ?? "(untitled)")
        self.status = invitation.status
        self.statusLabel = InvitationRow.label(for: invitation.status)
        self.senderCompany = clean(invitation.senderCompanyName ?? "—")
        self.senderAccount = optional(invitation.senderAwsAccountId)
        self.invitedText = InvitationRow.dayText(invitation.invitationDate?.date, timeZone: timeZone)
        self.expiresText = InvitationRow.dayText(invitation.expirationDate?.date, timeZone: timeZone)
        self.expiration = invitation.expirationDate?.date
        self.rejectionReason = optional(invitation.rejectionReason)
        self.engagementID = optional(invitation.engagementId)
        self.invitationMessage = invitation.invitationMessage.map(TerminalSafe.cleanLines) ?? []
        self.engagementDescription = invitation.engagementDescription.map(TerminalSafe.cleanLines) ?? []
        self.existingMembers = (invitation.existingMembers ?? []).map {
            Member(companyName: clean($0.companyName ?? "—"), websiteURL: optional($0.websiteUrl))
        }
        self.contacts = []
        self.customerCompany = nil
        self.industry = nil
        self.country = nil
        self.website = nil
        self.marketSegment = nil
        self.awsMaturity = nil
        self.projectTitle = nil
        self.businessProblem = []
        self.expectedSpend = []
        self.targetCompletionDate = nil
        self.receiverResponsibilities = []
        self.leadInteraction = nil
        if let opportunity = invitation.payload?.opportunityInvitation {
            self.contacts = (opportunity.senderContacts ?? []).map { contact in
                let name = [contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " ")
                return Contact(
                    name: clean(name.isEmpty ? contact.email : name), title: optional(contact.businessTitle),
                    email: clean(contact.email), phone: optional(contact.phone))
            }
            self.customerCompany = clean(opportunity.customer.companyName)
            self.industry = clean(opportunity.customer.industry.rawValue)
            self.country = clean(opportunity.customer.countryCode.rawValue)
            self.website = clean(opportunity.customer.websiteUrl)
            self.projectTitle = clean(opportunity.project.title)
            self.businessProblem = TerminalSafe.cleanLines(opportunity.project.businessProblem)
            self.targetCompletionDate = clean(opportunity.project.targetCompletionDate)
            self.expectedSpend = opportunity.project.expectedCustomerSpend.map {
                Spend(
                    amount: clean($0.amount ?? "—"), currency: clean($0.currencyCode.rawValue),
                    frequency: clean($0.frequency.rawValue), targetCompany: clean($0.targetCompany),
                    estimationURL: optional($0.estimationUrl))
            }
            self.receiverResponsibilities = opportunity.receiverResponsibilities.map { clean($0.rawValue) }
        }
        if let lead = invitation.payload?.leadInvitation {
            self.customerCompany = clean(lead.customer.companyName)
            self.industry = optional(lead.customer.industry?.rawValue)
            self.country = clean(lead.customer.countryCode.rawValue)
            self.website = optional(lead.customer.websiteUrl)
            self.marketSegment = optional(lead.customer.marketSegment?.rawValue)
            self.awsMaturity = optional(lead.customer.awsMaturity)
            self.leadInteraction = LeadInteraction(
                sourceType: clean(lead.interaction.sourceType), sourceID: clean(lead.interaction.sourceId),
                sourceName: clean(lead.interaction.sourceName), useCase: optional(lead.interaction.usecase),
                contactBusinessTitle: clean(lead.interaction.contactBusinessTitle))
        }
    }
}
