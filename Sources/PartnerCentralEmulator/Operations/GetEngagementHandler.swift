import PartnerCentral

/// `GetEngagement`, for the engagements of the invitations the partner received, by id or ARN: a `Lead` context for
/// lead invitations, with the customer contact only once the lead is accepted and AWS has shared it (AWS unmasks
/// contacts after accept), and a `CustomerProject` context for opportunity invitations.
enum GetEngagementHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            GetEngagementRequest.self, from: body, required: ["Catalog", "Identifier"])
        let (invitation, shared) = try await store.engagementInvitation(
            catalog: input.catalog, identifier: input.identifier)
        return engagement(for: invitation, contactShared: shared).json
    }

    /// The engagement an invitation belongs to, as the receiver sees it.
    static func engagement(for invitation: EngagementInvitation, contactShared: Bool) -> GetEngagementResponse {
        let accepted = invitation.status == .accepted
        let contexts = [leadContext(of: invitation, contactShared: contactShared), projectContext(of: invitation)]
            .compactMap { $0 }
        return GetEngagementResponse(
            id: invitation.engagementId,
            arn: invitation.engagementId.map { InvitationARN.engagementArn(catalog: invitation.catalog ?? "", id: $0) },
            title: invitation.engagementTitle, description: invitation.engagementDescription,
            createdAt: invitation.invitationDate,
            memberCount: (invitation.existingMembers?.count ?? 0) + (accepted ? 1 : 0),
            contexts: contexts.isEmpty ? nil : contexts)
    }

    /// The lead's context, for a lead invitation.
    static func leadContext(of invitation: EngagementInvitation, contactShared: Bool) -> EngagementContextDetails? {
        guard let lead = invitation.payload?.leadInvitation else { return nil }
        let contact = contactShared ? leadContact(for: invitation) : nil
        let interaction = lead.interaction.map {
            LeadInteraction(
                sourceType: $0.sourceType, sourceId: $0.sourceId, sourceName: $0.sourceName, usecase: $0.usecase,
                interactionDate: invitation.invitationDate, contact: contact)
        }
        return EngagementContextDetails(
            type: .lead,
            payload: EngagementContextPayload(
                lead: LeadContext(
                    customer: LeadCustomer(
                        industry: lead.customer?.industry, companyName: lead.customer?.companyName,
                        websiteUrl: lead.customer?.websiteUrl,
                        address: LeadAddress(countryCode: lead.customer?.countryCode),
                        awsMaturity: lead.customer?.awsMaturity, marketSegment: lead.customer?.marketSegment),
                    interactions: interaction.map { [$0] })))
    }

    /// The customer and project, for an opportunity invitation.
    static func projectContext(of invitation: EngagementInvitation) -> EngagementContextDetails? {
        guard let opportunity = invitation.payload?.opportunityInvitation else { return nil }
        return EngagementContextDetails(
            type: .customerProject,
            payload: EngagementContextPayload(
                customerProject: CustomerProjectsContext(
                    customer: opportunity.customer,
                    project: opportunity.project.map {
                        EngagementCustomerProjectDetails(
                            title: $0.title, businessProblem: $0.businessProblem,
                            targetCompletionDate: $0.targetCompletionDate)
                    })))
    }

    /// A contact made from the invitation, stable for a given id: the emulator has no real people to share.
    static func leadContact(for invitation: EngagementInvitation) -> LeadContact {
        let host =
            (invitation.payload?.leadInvitation?.customer?.websiteUrl
            ?? invitation.payload?.opportunityInvitation?.customer?.websiteUrl)
            .flatMap { $0.split(separator: "/").last(where: { $0.contains(".") }) }
            .map { String($0).replacingOccurrences(of: "www.", with: "") } ?? "example.com"
        return LeadContact(
            businessTitle: invitation.payload?.leadInvitation?.interaction?.contactBusinessTitle,
            email: "lead.contact@\(host)", firstName: "Lead", lastName: "Contact")
    }
}
