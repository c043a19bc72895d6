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

    /// What AWS's enrichment says about the customer and the lead (the current model's `EnrichmentContext`).
    public struct Enrichment: Hashable, Sendable {
        /// Lead readiness score, as sent (e.g. `High`, `72`).
        public var leadReadinessScore: String?
        /// Marketplace engagement score level.
        public var engagementScore: String?
        /// Solution score, as sent.
        public var solutionScore: String?
        /// Solution category and sub-category, joined.
        public var solutionCategory: String?
        /// Programs the customer is eligible for.
        public var eligiblePrograms: [String]
        /// Company size.
        public var companySize: String?
        /// Customer segment.
        public var segment: String?
        /// Where the customer is: geography, region, sub-region and country, joined.
        public var location: String?
        /// Industry and sub-industry, joined.
        public var industry: String?
        /// The account name AWS's prospecting found.
        public var accountName: String?
        /// A short public profile of the customer, as cleaned lines.
        public var profileSummary: [String]
        /// The recommended outreach channel.
        public var recommendedChannel: String?
        /// The best outreach windows, e.g. `TUESDAY 14:00–16:00 UTC`.
        public var outreachWindows: [String]

        /// The score to show in a list column: lead readiness, else engagement score.
        public var score: String? { leadReadinessScore ?? engagementScore }
    }

    /// An account-planning invitation's customer and preferences.
    public struct AccountPlanning: Hashable, Sendable {
        /// The customer account the plan is about.
        public var accountIdentifier: String?
        /// Preferred contact window and time zone, e.g. `MORNING (Europe/Berlin)`.
        public var preferredContact: String?
    }

    /// A company already on the engagement.
    public struct Member: Hashable, Sendable {
        /// The member's company name.
        public var companyName: String
        /// The member's website, if sent.
        public var websiteURL: String?
    }

    /// The invitation id exactly as sent (a key, never drawn; empty when the service sent none).
    public var id: String
    /// The id to draw, cleaned.
    public var idLabel: String
    /// `Opportunity`, `Lead`, `Account planning`, or the cleaned unknown value.
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
    /// Sender contacts (opportunities and account plans).
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
    /// `Net New Business`, `Flat Renewal`, `Expansion`, or what the service sent (opportunities).
    public var opportunityType: String?
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
    /// Account planning details (account-planning invitations only).
    public var accountPlanning: AccountPlanning?
    /// The enrichment AWS sent, when it sent any.
    public var enrichment: Enrichment?
    /// The payload member's name when it is a kind of invitation this version does not know, cleaned.
    public var unknownPayloadKind: String?
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
    /// The engagement id exactly as sent (a key for `GetEngagement`, never drawn).
    public var engagementIDRaw: String?
    /// The kind of invitation (a lead is accepted differently from an opportunity).
    public var payloadType: EngagementInvitationPayloadType?

    /// The text shown for a value the service did not send.
    public static let missing = "—"

    /// Builds the details from a `GetEngagementInvitation` response; whatever is missing shows as "—".
    public init(invitation: EngagementInvitation, timeZone: TimeZone = .gmt) {
        let optional: (String?) -> String? = { $0.map { TerminalSafe.clean($0) } }
        let orMissing: (String?) -> String = { $0.map { TerminalSafe.clean($0) } ?? InvitationDetails.missing }
        self.id = invitation.id ?? ""
        self.idLabel = orMissing(invitation.id)
        self.typeLabel =
            invitation.payloadType == .accountPlanningInvitation
            ? "Account planning" : InvitationRow.label(for: invitation.payloadType)
        self.title = TerminalSafe.clean(invitation.engagementTitle ?? "(untitled)")
        self.status = invitation.status
        self.statusLabel = InvitationRow.label(for: invitation.status)
        self.senderCompany = orMissing(invitation.senderCompanyName)
        self.senderAccount = optional(invitation.senderAwsAccountId)
        self.invitedText = InvitationRow.dayText(invitation.invitationDate?.date, timeZone: timeZone)
        self.expiresText = InvitationRow.dayText(invitation.expirationDate?.date, timeZone: timeZone)
        self.expiration = DisplayableDate.filter(invitation.expirationDate?.date)
        self.rejectionReason = optional(invitation.rejectionReason)
        self.engagementID = optional(invitation.engagementId)
        self.engagementIDRaw = invitation.engagementId
        self.payloadType = invitation.payloadType
        self.invitationMessage = invitation.invitationMessage.map { TerminalSafe.cleanLines($0) } ?? []
        self.engagementDescription = invitation.engagementDescription.map { TerminalSafe.cleanLines($0) } ?? []
        self.existingMembers = InvitationDetails.capped(invitation.existingMembers).map {
            Member(companyName: orMissing($0.companyName), websiteURL: optional($0.websiteUrl))
        }
        self.contacts = []
        self.customerCompany = nil
        self.industry = nil
        self.country = nil
        self.website = nil
        self.marketSegment = nil
        self.awsMaturity = nil
        self.opportunityType = nil
        self.projectTitle = nil
        self.businessProblem = []
        self.expectedSpend = []
        self.targetCompletionDate = nil
        self.receiverResponsibilities = []
        self.leadInteraction = nil
        self.accountPlanning = nil
        self.enrichment = invitation.enrichmentContext.flatMap(InvitationDetails.enrichment(from:))
        self.unknownPayloadKind = optional(invitation.payload?.unknownMemberName)
        if let opportunity = invitation.payload?.opportunityInvitation {
            self.contacts = InvitationDetails.contacts(opportunity.senderContacts)
            self.customerCompany = optional(opportunity.customer?.companyName)
            self.industry = optional(opportunity.customer?.industry?.rawValue)
            self.country = optional(opportunity.customer?.countryCode?.rawValue)
            self.website = optional(opportunity.customer?.websiteUrl)
            self.opportunityType = optional(opportunity.opportunityType?.rawValue)
            self.projectTitle = optional(opportunity.project?.title)
            self.businessProblem = opportunity.project?.businessProblem.map { TerminalSafe.cleanLines($0) } ?? []
            self.targetCompletionDate = optional(opportunity.project?.targetCompletionDate)
            self.expectedSpend = InvitationDetails.capped(opportunity.project?.expectedCustomerSpend).map {
                Spend(
                    amount: orMissing($0.amount), currency: orMissing($0.currencyCode?.rawValue),
                    frequency: orMissing($0.frequency?.rawValue), targetCompany: orMissing($0.targetCompany),
                    estimationURL: optional($0.estimationUrl))
            }
            self.receiverResponsibilities = InvitationDetails.capped(opportunity.receiverResponsibilities).map {
                TerminalSafe.clean($0.rawValue)
            }
        }
        if let lead = invitation.payload?.leadInvitation {
            self.customerCompany = optional(lead.customer?.companyName)
            self.industry = optional(lead.customer?.industry)
            self.country = optional(lead.customer?.countryCode)
            self.website = optional(lead.customer?.websiteUrl)
            self.marketSegment = optional(lead.customer?.marketSegment)
            self.awsMaturity = optional(lead.customer?.awsMaturity)
            if let interaction = lead.interaction {
                self.leadInteraction = LeadInteraction(
                    sourceType: orMissing(interaction.sourceType), sourceID: orMissing(interaction.sourceId),
                    sourceName: orMissing(interaction.sourceName), useCase: optional(interaction.usecase),
                    contactBusinessTitle: orMissing(interaction.contactBusinessTitle))
            }
        }
        if let plan = invitation.payload?.accountPlanningInvitation {
            self.contacts = InvitationDetails.contacts(plan.senderContacts)
            self.customerCompany = optional(plan.customer?.companyName)
            self.industry = optional(plan.customer?.industry)
            self.country = optional(plan.customer?.countryCode?.rawValue)
            self.website = optional(plan.customer?.websiteUrl)
            let window = [plan.preferredContact?.window?.rawValue, plan.preferredContact?.timezone.map { "(\($0))" }]
                .compactMap { $0 }.joined(separator: " ")
            self.accountPlanning = AccountPlanning(
                accountIdentifier: optional(plan.accountIdentifier),
                preferredContact: window.isEmpty ? nil : TerminalSafe.clean(window))
        }
    }

    /// At most ``TerminalSafe/maxListItems`` entries of a list the service sent.
    private static func capped<Element>(_ list: [Element]?) -> ArraySlice<Element> {
        (list ?? []).prefix(TerminalSafe.maxListItems)
    }

    private static func contacts(_ list: [SenderContact]?) -> [Contact] {
        InvitationDetails.capped(list).map { contact in
            let name = [contact.firstName, contact.lastName].compactMap { $0?.prefix(TerminalSafe.maxFieldCharacters) }
                .joined(separator: " ")
            return Contact(
                name: TerminalSafe.clean(name.isEmpty ? (contact.email ?? missing) : name),
                title: contact.businessTitle.map { TerminalSafe.clean($0) },
                email: TerminalSafe.clean(contact.email ?? missing), phone: contact.phone.map { TerminalSafe.clean($0) }
            )
        }
    }

    private static func enrichment(from context: EnrichmentContext) -> Enrichment? {
        let clean: (String?) -> String? = { $0.map { TerminalSafe.clean($0) }.flatMap { $0.isEmpty ? nil : $0 } }
        func joined(_ parts: [String?], _ separator: String) -> String? {
            let present = parts.compactMap { clean($0) }
            return present.isEmpty ? nil : present.joined(separator: separator)
        }
        let customer = context.prospectingResultAws?.customer
        let insights = context.prospectingResultAws?.insights
        let channel = context.leadInsights?.channelRecommendation
        let windows = InvitationDetails.capped(channel?.bestOutreachWindows).map { window in
            TerminalSafe.clean(
                "\(window.day?.rawValue ?? missing) \(window.startTimeUtc ?? missing)–\(window.endTimeUtc ?? missing) UTC"
            )
        }
        let enrichment = Enrichment(
            leadReadinessScore: clean(context.leadInsights?.leadReadinessScore),
            engagementScore: clean(insights?.marketplaceEngagementScore),
            solutionScore: clean(insights?.solutionScore),
            solutionCategory: joined([insights?.solutionCategory, insights?.solutionSubCategory], " / "),
            eligiblePrograms: InvitationDetails.capped(customer?.eligiblePrograms).map { TerminalSafe.clean($0) },
            companySize: clean(customer?.companySize),
            segment: clean(customer?.segment),
            location: joined(
                [customer?.geo, customer?.region, customer?.subRegion, customer?.country?.rawValue], " · "),
            industry: joined([customer?.industry?.rawValue, customer?.subIndustry], " / "),
            accountName: clean(customer?.accountName),
            profileSummary: customer?.publicProfileSummary.map { TerminalSafe.cleanLines($0) } ?? [],
            recommendedChannel: clean(channel?.recommendedChannel),
            outreachWindows: windows)
        return enrichment == Enrichment.empty ? nil : enrichment
    }
}

extension InvitationDetails.Enrichment {
    static let empty = InvitationDetails.Enrichment(
        leadReadinessScore: nil, engagementScore: nil, solutionScore: nil, solutionCategory: nil, eligiblePrograms: [],
        companySize: nil, segment: nil, location: nil, industry: nil, accountName: nil, profileSummary: [],
        recommendedChannel: nil, outreachWindows: [])
}
