import Foundation
import PartnerCentral

/// The opportunity an accepted invitation becomes in the partner's account, and the AWS opportunity summary it is
/// related to, both made from what the invitation carries (the emulator has no CRM behind it).
enum AcceptedOpportunity {
    /// The partner's new opportunity `id` for `invitation`, accepted at `now`; AWS shares the customer's contacts in
    /// the summary `contactDelay` seconds later.
    static func make(
        from invitation: EngagementInvitation, id: String, accountId: String, at now: Date, contactDelay: TimeInterval
    ) -> StoredOpportunity? {
        let catalog = invitation.catalog ?? "Sandbox"
        let details = Details(invitation)
        let opportunity = GetOpportunityResponse(
            catalog: catalog,
            customer: Customer(
                account: Account(
                    industry: details.industry, companyName: details.companyName, websiteUrl: details.websiteUrl,
                    address: details.countryCode.map { Address(countryCode: $0) })),
            project: Project(
                expectedCustomerSpend: details.spend, title: details.title,
                customerBusinessProblem: details.businessProblem),
            opportunityType: details.opportunityType,
            id: id, arn: InvitationARN.opportunityArn(catalog: catalog, account: accountId, id: id),
            lastModifiedDate: Timestamp(now), createdDate: Timestamp(now),
            relatedEntityIdentifiers: RelatedEntityIdentifiers(),
            lifeCycle: LifeCycle(stage: .prospect, targetCloseDate: details.targetCloseDate, reviewStatus: .approved))
        let summary = GetAwsOpportunitySummaryResponse(
            relatedOpportunityId: id, origin: .awsReferral, involvementType: .coSell, visibility: .full,
            lifeCycle: AwsOpportunityLifeCycle(targetCloseDate: details.targetCloseDate, stage: .prospect),
            opportunityTeam: details.awsTeam,
            insights: AwsOpportunityInsights(
                nextBestActions: "Contact the customer within 48 hours and agree the next steps with the AWS seller.",
                engagementScore: score(for: id)),
            customer: AwsOpportunityCustomer(contacts: [customerContact(for: invitation)]),
            project: details.spend.map { AwsOpportunityProject(expectedCustomerSpend: $0) },
            catalog: catalog)
        guard case .object(let object) = opportunity.json, case .object(let aws) = summary.json else { return nil }
        return StoredOpportunity(
            object, awsSummary: aws, contactsSharedAt: contactDelay > 0 ? now.addingTimeInterval(contactDelay) : nil,
            loadedAt: Timestamp(now))
    }

    /// A score stable for an id (FNV-1a, as the sparse responses choose): the emulator has no model to score with.
    static func score(for id: String) -> EngagementScore {
        EngagementScore.knownValues[Int(SparseResponses.fnv1a(id) % UInt64(EngagementScore.knownValues.count))]
    }

    /// The customer contact AWS shares, made from the invitation the way the lead's contact is.
    static func customerContact(for invitation: EngagementInvitation) -> Contact {
        let lead = GetEngagementHandler.leadContact(for: invitation)
        return Contact(
            email: lead.email?.replacingOccurrences(of: "lead.contact@", with: "customer.contact@"),
            firstName: "Customer", lastName: "Contact", businessTitle: lead.businessTitle ?? "IT Director")
    }

    /// What the invitation says about the customer and the project, from whichever payload it has.
    private struct Details {
        var companyName: String?
        var websiteUrl: String?
        var industry: Industry?
        var countryCode: CountryCode?
        var title: String?
        var businessProblem: String?
        var targetCloseDate: String?
        var spend: [ExpectedCustomerSpend]?
        var opportunityType: OpportunityType?
        var awsTeam: [AwsTeamMember]?

        init(_ invitation: EngagementInvitation) {
            title = invitation.engagementTitle
            if let opportunity = invitation.payload?.opportunityInvitation {
                companyName = opportunity.customer?.companyName
                websiteUrl = opportunity.customer?.websiteUrl
                industry = opportunity.customer?.industry
                countryCode = opportunity.customer?.countryCode
                title = opportunity.project?.title ?? title
                businessProblem = opportunity.project?.businessProblem
                targetCloseDate = opportunity.project?.targetCompletionDate
                spend = opportunity.project?.expectedCustomerSpend
                opportunityType = opportunity.opportunityType
                // The sender's contacts are AWS sellers; the model has no title for "sender", so they are sales reps.
                awsTeam = opportunity.senderContacts?.map {
                    AwsTeamMember(
                        email: $0.email, firstName: $0.firstName, lastName: $0.lastName, businessTitle: .awsSalesRep)
                }
            } else if let lead = invitation.payload?.leadInvitation?.customer {
                companyName = lead.companyName
                websiteUrl = lead.websiteUrl
                industry = lead.industry.map(Industry.init(rawValue:))
                countryCode = lead.countryCode.map(CountryCode.init(rawValue:))
                businessProblem = invitation.payload?.leadInvitation?.interaction?.usecase
            }
        }
    }
}
