import PartnerCentral

/// Checks decoded seed elements against the service model, stopping at the first broken rule.
struct SeedValidator {
    struct Issue {
        var path: String
        var problem: String
    }

    private(set) var firstIssue: Issue?
    private var seenIds: Set<String> = []

    // MARK: - Model patterns the requests don't already carry

    static let invitationId = ModelPattern("engi-[0-9a-z]{13}")
    static let engagementId = ModelPattern("eng-[0-9a-z]{14}")
    static let websiteUrl = ModelPattern(
        "(?=.{4,255}$)((http|https)://)??(www[.])??([a-zA-Z0-9]|-)+?([.][a-zA-Z0-9(-|/|=|?)??]+?)+?")
    static let email = ModelPattern("(?=.{1,80}$)[a-zA-Z0-9.!#$%&'*+/=?^_{|}~-]+@[a-zA-Z0-9-]+(?:.[a-zA-Z0-9-]+)*")
    static let phone = ModelPattern("\\+[1-9]\\d{1,14}")
    static let day = ModelPattern("[1-9][0-9]{3}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])")
    static let amount = ModelPattern("((0|([1-9][0-9]{0,30}))(\\.[0-9]{0,2})?)?")
    static let estimationUrl = ModelPattern(
        "https://(calculator\\.aws|pricing\\.calculator\\.aws\\.eu)/#/estimate\\?id=[a-f0-9]{32,64}")

    // MARK: - Walking an element

    mutating func validate(_ element: SeedElement, index: Int) {
        let at = "EngagementInvitations[\(index)]"
        let invitation = element.invitation
        pattern("\(at).Catalog", invitation.catalog, .catalog)
        pattern("\(at).Id", invitation.id, SeedValidator.invitationId, expected: "engi- followed by 13 of [0-9a-z]")
        let key = EmulatorSeed.key(catalog: invitation.catalog, id: invitation.id)
        if firstIssue == nil, !seenIds.insert(key).inserted {
            fail("\(at).Id", "\"\(invitation.id)\" appears twice in catalog \(invitation.catalog)")
        }
        if let arn = invitation.arn {
            let expected = InvitationARN.arn(catalog: invitation.catalog, id: invitation.id)
            if arn != expected { fail("\(at).Arn", "\"\(arn)\" should be \"\(expected)\" (or left out)") }
        }
        if let engagementId = invitation.engagementId {
            pattern("\(at).EngagementId", engagementId, SeedValidator.engagementId,
                expected: "eng- followed by 14 of [0-9a-z]")
        }
        length("\(at).EngagementTitle", invitation.engagementTitle, 1...40)
        known("\(at).Status", invitation.status)
        known("\(at).PayloadType", invitation.payloadType)
        if let sender = invitation.senderAwsAccountId { pattern("\(at).SenderAwsAccountId", sender, .awsAccount) }
        length("\(at).SenderCompanyName", invitation.senderCompanyName, 0...120)
        if let account = invitation.receiver?.account {
            pattern("\(at).Receiver.Account.AwsAccountId", account.awsAccountId, .awsAccount)
            length("\(at).Receiver.Account.Alias", account.alias, 0...80)
        } else if invitation.receiver != nil {
            fail("\(at).Receiver", "a union: exactly one member (Account) must be set")
        }
        if let reason = invitation.rejectionReason { pattern("\(at).RejectionReason", reason, .rejectionReason) }
        length("\(at).InvitationMessage", invitation.invitationMessage, 1...255)
        length("\(at).EngagementDescription", invitation.engagementDescription, 0...255)
        if let members = invitation.existingMembers {
            count("\(at).ExistingMembers", members.count, 0...10)
            for (i, member) in members.enumerated() {
                length("\(at).ExistingMembers[\(i)].CompanyName", member.companyName, 1...120)
            }
        }
        if let failure = element.acceptTaskFailure {
            known("\(at).EmulatorAcceptTaskFailure.ReasonCode", failure.reasonCode)
        }
        validatePayload(invitation, at: at)
    }

    private mutating func validatePayload(_ invitation: EngagementInvitation, at: String) {
        guard let payload = invitation.payload else { return }
        let set = [payload.opportunityInvitation != nil, payload.leadInvitation != nil].filter { $0 }.count
        if set != 1 {
            fail("\(at).Payload", "a union: exactly one of OpportunityInvitation or LeadInvitation must be set")
            return
        }
        if let opportunity = payload.opportunityInvitation {
            if let type = invitation.payloadType, type != .opportunityInvitation {
                fail("\(at).PayloadType", "\"\(type)\" does not match Payload.OpportunityInvitation")
            }
            validate(opportunity, at: "\(at).Payload.OpportunityInvitation")
        }
        if let lead = payload.leadInvitation {
            if let type = invitation.payloadType, type != .leadInvitation {
                fail("\(at).PayloadType", "\"\(type)\" does not match Payload.LeadInvitation")
            }
            validate(lead, at: "\(at).Payload.LeadInvitation")
        }
    }

    private mutating func validate(_ opportunity: OpportunityInvitationPayload, at: String) {
        for (i, responsibility) in opportunity.receiverResponsibilities.enumerated() {
            known("\(at).ReceiverResponsibilities[\(i)]", responsibility)
        }
        let customer = opportunity.customer
        known("\(at).Customer.Industry", customer.industry)
        length("\(at).Customer.CompanyName", customer.companyName, 1...120)
        pattern("\(at).Customer.WebsiteUrl", customer.websiteUrl, SeedValidator.websiteUrl, expected: "a website URL")
        known("\(at).Customer.CountryCode", customer.countryCode)
        let project = opportunity.project
        length("\(at).Project.BusinessProblem", project.businessProblem, 20...2000)
        length("\(at).Project.Title", project.title, 1...255)
        pattern("\(at).Project.TargetCompletionDate", project.targetCompletionDate, SeedValidator.day,
            expected: "a YYYY-MM-DD date")
        count("\(at).Project.ExpectedCustomerSpend", project.expectedCustomerSpend.count, 0...10)
        for (i, spend) in project.expectedCustomerSpend.enumerated() {
            let here = "\(at).Project.ExpectedCustomerSpend[\(i)]"
            if let amount = spend.amount {
                pattern("\(here).Amount", amount, SeedValidator.amount, expected: "a decimal amount such as 1250.00")
            }
            known("\(here).CurrencyCode", spend.currencyCode)
            known("\(here).Frequency", spend.frequency)
            length("\(here).TargetCompany", spend.targetCompany, 1...80)
            if let url = spend.estimationUrl {
                pattern("\(here).EstimationUrl", url, SeedValidator.estimationUrl, expected: "a calculator.aws estimate URL")
            }
        }
        if let contacts = opportunity.senderContacts {
            count("\(at).SenderContacts", contacts.count, 1...3)
            for (i, contact) in contacts.enumerated() {
                let here = "\(at).SenderContacts[\(i)]"
                pattern("\(here).Email", contact.email, SeedValidator.email, expected: "an email address")
                length("\(here).FirstName", contact.firstName, 0...80)
                length("\(here).LastName", contact.lastName, 0...80)
                length("\(here).BusinessTitle", contact.businessTitle, 0...80)
                if let phone = contact.phone {
                    pattern("\(here).Phone", phone, SeedValidator.phone, expected: "+ and up to 15 digits")
                }
            }
        }
    }

    private mutating func validate(_ lead: LeadInvitationPayload, at: String) {
        let customer = lead.customer
        known("\(at).Customer.Industry", customer.industry)
        length("\(at).Customer.CompanyName", customer.companyName, 1...120)
        if let url = customer.websiteUrl {
            pattern("\(at).Customer.WebsiteUrl", url, SeedValidator.websiteUrl, expected: "a website URL")
        }
        known("\(at).Customer.CountryCode", customer.countryCode)
        length("\(at).Customer.AwsMaturity", customer.awsMaturity, 1...20)
        known("\(at).Customer.MarketSegment", customer.marketSegment)
        let interaction = lead.interaction
        length("\(at).Interaction.SourceType", interaction.sourceType, 1...255)
        length("\(at).Interaction.SourceId", interaction.sourceId, 1...255)
        length("\(at).Interaction.SourceName", interaction.sourceName, 1...255)
        length("\(at).Interaction.Usecase", interaction.usecase, 1...255)
        length("\(at).Interaction.ContactBusinessTitle", interaction.contactBusinessTitle, 0...80)
    }

    // MARK: - Rules

    private mutating func fail(_ path: String, _ problem: String) {
        if firstIssue == nil { firstIssue = Issue(path: path, problem: problem) }
    }

    private mutating func pattern(_ path: String, _ value: String, _ pattern: ModelPattern, expected: String? = nil) {
        guard !pattern.matches(value) else { return }
        fail(path, "\"\(value)\" is not \(expected ?? "of the form \(pattern.source)")")
    }

    /// The model's `(?s).{m,n}` patterns, counted in code points as the service's regular expressions do.
    private mutating func length(_ path: String, _ value: String?, _ bounds: ClosedRange<Int>) {
        guard let value else { return }
        let count = value.unicodeScalars.count
        if !bounds.contains(count) {
            fail(path, "\(count) characters; must be \(bounds.lowerBound) to \(bounds.upperBound)")
        }
    }

    private mutating func count(_ path: String, _ count: Int, _ bounds: ClosedRange<Int>) {
        if !bounds.contains(count) {
            fail(path, "\(count) items; must be \(bounds.lowerBound) to \(bounds.upperBound)")
        }
    }

    private mutating func known<E: OpenEnum>(_ path: String, _ value: E?) {
        guard let value, !value.isKnown else { return }
        let allowed = E.knownValues.count <= 12
            ? "one of " + E.knownValues.map(\.rawValue).joined(separator: ", ")
            : "a known \(E.self) value"
        fail(path, "\"\(value.rawValue)\" is not \(allowed)")
    }
}
