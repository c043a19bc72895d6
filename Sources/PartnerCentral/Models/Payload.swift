/// What an invitation carries (a union: exactly one of the members is set).
public struct Payload: Codable, Hashable, Sendable {
    public var opportunityInvitation: OpportunityInvitationPayload?
    public var leadInvitation: LeadInvitationPayload?
    /// Creates a payload.
    public init(opportunityInvitation: OpportunityInvitationPayload? = nil, leadInvitation: LeadInvitationPayload? = nil) {
        self.opportunityInvitation = opportunityInvitation
        self.leadInvitation = leadInvitation
    }
}

/// The opportunity an invitation shares: customer, project, contacts and expected responsibilities.
public struct OpportunityInvitationPayload: Codable, Hashable, Sendable {
    public var senderContacts: [SenderContact]?
    public var receiverResponsibilities: [ReceiverResponsibility]
    public var customer: EngagementCustomer
    public var project: ProjectDetails
    /// Creates an opportunity payload.
    public init(
        senderContacts: [SenderContact]? = nil, receiverResponsibilities: [ReceiverResponsibility],
        customer: EngagementCustomer, project: ProjectDetails
    ) {
        self.senderContacts = senderContacts
        self.receiverResponsibilities = receiverResponsibilities
        self.customer = customer
        self.project = project
    }
}

/// A contact at AWS named by the sender of an invitation.
public struct SenderContact: Codable, Hashable, Sendable {
    public var email: String
    public var firstName: String?
    public var lastName: String?
    public var businessTitle: String?
    public var phone: String?
    /// Creates a sender contact.
    public init(
        email: String, firstName: String? = nil, lastName: String? = nil, businessTitle: String? = nil,
        phone: String? = nil
    ) {
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.businessTitle = businessTitle
        self.phone = phone
    }
}

/// The customer of an opportunity invitation.
public struct EngagementCustomer: Codable, Hashable, Sendable {
    public var industry: Industry
    public var companyName: String
    public var websiteUrl: String
    public var countryCode: CountryCode
    /// Creates an opportunity customer.
    public init(industry: Industry, companyName: String, websiteUrl: String, countryCode: CountryCode) {
        self.industry = industry
        self.companyName = companyName
        self.websiteUrl = websiteUrl
        self.countryCode = countryCode
    }
}

/// The project of an opportunity invitation.
public struct ProjectDetails: Codable, Hashable, Sendable {
    public var businessProblem: String
    public var title: String
    /// A plain `YYYY-MM-DD` date, not a timestamp.
    public var targetCompletionDate: String
    public var expectedCustomerSpend: [ExpectedCustomerSpend]
    /// Creates project details.
    public init(
        businessProblem: String, title: String, targetCompletionDate: String,
        expectedCustomerSpend: [ExpectedCustomerSpend]
    ) {
        self.businessProblem = businessProblem
        self.title = title
        self.targetCompletionDate = targetCompletionDate
        self.expectedCustomerSpend = expectedCustomerSpend
    }
}

/// An estimate of the customer's recurring spend.
public struct ExpectedCustomerSpend: Codable, Hashable, Sendable {
    public var amount: String?
    public var currencyCode: CurrencyCode
    public var frequency: PaymentFrequency
    public var targetCompany: String
    public var estimationUrl: String?
    /// Creates an expected spend.
    public init(
        amount: String? = nil, currencyCode: CurrencyCode, frequency: PaymentFrequency, targetCompany: String,
        estimationUrl: String? = nil
    ) {
        self.amount = amount
        self.currencyCode = currencyCode
        self.frequency = frequency
        self.targetCompany = targetCompany
        self.estimationUrl = estimationUrl
    }
}

/// The lead an invitation shares: customer and how the lead came about.
public struct LeadInvitationPayload: Codable, Hashable, Sendable {
    public var customer: LeadInvitationCustomer
    public var interaction: LeadInvitationInteraction
    /// Creates a lead payload.
    public init(customer: LeadInvitationCustomer, interaction: LeadInvitationInteraction) {
        self.customer = customer
        self.interaction = interaction
    }
}

/// The customer of a lead invitation.
public struct LeadInvitationCustomer: Codable, Hashable, Sendable {
    public var industry: Industry?
    public var companyName: String
    public var websiteUrl: String?
    public var countryCode: CountryCode
    public var awsMaturity: String?
    public var marketSegment: MarketSegment?
    /// Creates a lead customer.
    public init(
        industry: Industry? = nil, companyName: String, websiteUrl: String? = nil, countryCode: CountryCode,
        awsMaturity: String? = nil, marketSegment: MarketSegment? = nil
    ) {
        self.industry = industry
        self.companyName = companyName
        self.websiteUrl = websiteUrl
        self.countryCode = countryCode
        self.awsMaturity = awsMaturity
        self.marketSegment = marketSegment
    }
}

/// How a lead was generated.
public struct LeadInvitationInteraction: Codable, Hashable, Sendable {
    public var sourceType: String
    public var sourceId: String
    public var sourceName: String
    public var usecase: String?
    public var contactBusinessTitle: String
    /// Creates a lead interaction.
    public init(
        sourceType: String, sourceId: String, sourceName: String, usecase: String? = nil,
        contactBusinessTitle: String
    ) {
        self.sourceType = sourceType
        self.sourceId = sourceId
        self.sourceName = sourceName
        self.usecase = usecase
        self.contactBusinessTitle = contactBusinessTitle
    }
}
