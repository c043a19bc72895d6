import PartnerCentral

/// `GetEngagement`, for the engagements of lead invitations: the lead's context, with the customer contact only
/// once the lead is accepted (AWS unmasks contacts after accept).
enum GetEngagementHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            GetEngagementRequest.self, from: body, required: ["Catalog", "Identifier"])
        let invitations = await store.invitations(catalog: input.catalog)
        guard
            let invitation = invitations.first(where: {
                $0.engagementId == input.identifier || ($0.engagementId.map(InvitationARNs.engagement) == input.identifier)
            })
        else {
            throw AWSJSONError.notFound("Engagement \(input.identifier) was not found in catalog \(input.catalog).")
        }
        return engagement(for: invitation).json
    }

    /// The engagement an invitation belongs to, as the receiver sees it.
    static func engagement(for invitation: EngagementInvitation) -> GetEngagementResponse {
        let lead = invitation.payload?.leadInvitation
        let accepted = invitation.status == .accepted
        let contact = accepted ? leadContact(for: invitation) : nil
        let interaction = lead?.interaction.map {
            LeadInteraction(
                sourceType: $0.sourceType, sourceId: $0.sourceId, sourceName: $0.sourceName, usecase: $0.usecase,
                interactionDate: invitation.invitationDate, contact: contact)
        }
        let context = lead.map { lead in
            EngagementContextDetails(
                type: EngagementContextType(rawValue: "Lead"),
                payload: EngagementContextPayload(
                    lead: LeadContext(
                        customer: LeadCustomer(
                            industry: lead.customer?.industry, companyName: lead.customer?.companyName,
                            websiteUrl: lead.customer?.websiteUrl,
                            address: LeadAddress(countryCode: lead.customer?.countryCode),
                            awsMaturity: lead.customer?.awsMaturity, marketSegment: lead.customer?.marketSegment),
                        interactions: interaction.map { [$0] })))
        }
        return GetEngagementResponse(
            id: invitation.engagementId, title: invitation.engagementTitle,
            description: invitation.engagementDescription, createdAt: invitation.invitationDate,
            memberCount: (invitation.existingMembers?.count ?? 0) + (accepted ? 1 : 0),
            contexts: context.map { [$0] })
    }

    /// A contact made from the invitation, stable for a given id: the emulator has no real people to share.
    static func leadContact(for invitation: EngagementInvitation) -> LeadContact {
        let host = invitation.payload?.leadInvitation?.customer?.websiteUrl
            .flatMap { $0.split(separator: "/").last(where: { $0.contains(".") }) }
            .map { String($0).replacingOccurrences(of: "www.", with: "") } ?? "example.com"
        return LeadContact(
            businessTitle: invitation.payload?.leadInvitation?.interaction?.contactBusinessTitle,
            email: "lead.contact@\(host)", firstName: "Lead", lastName: "Contact")
    }
}

/// Engagement ARNs as the emulator writes them.
enum InvitationARNs {
    static func engagement(_ id: String) -> String { "arn:aws:partnercentral:us-east-1::catalog/engagement/\(id)" }
}
