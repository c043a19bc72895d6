import PartnerCentral
import TriageCore
import TriageTerminal

/// The `show --output text` rendering: one labelled line per field that is present, from the same display model
/// as the UI's details (so both show the same fields, cleaned the same way).
enum InvitationText {
    /// The lines for one invitation; no trailing newline.
    static func render(_ invitation: EngagementInvitation) -> [String] {
        let details = InvitationDetails(invitation: invitation)
        var fields: [(String, String)] = []
        func add(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            fields.append((label, value))
        }
        func clean(_ text: String?) -> String? { text.map { TerminalSafe.clean($0) } }
        func joined(_ parts: [String?], _ separator: String = " · ") -> String? {
            let present = parts.compactMap { $0 }.filter { !$0.isEmpty }
            return present.isEmpty ? nil : present.joined(separator: separator)
        }

        add("Title", clean(invitation.engagementTitle))
        add("Id", clean(invitation.id))
        add("Arn", clean(invitation.arn))
        add("Catalog", clean(invitation.catalog))
        add("Status", clean(invitation.status?.rawValue))
        add("Rejection reason", details.rejectionReason)
        add("Type", invitation.payloadType.map { InvitationTable.typeLabel($0) })
        add("Unknown kind", details.unknownPayloadKind.map { "a kind of invitation this version does not know: \($0)" })
        add("Engagement", details.engagementID)
        add("Sender", party(invitation.senderCompanyName, invitation.senderAwsAccountId))
        add("Receiver", party(invitation.receiver?.account?.alias, invitation.receiver?.account?.awsAccountId))
        add("Invited", clean(invitation.invitationDate?.text))
        add("Expires", clean(invitation.expirationDate?.text))
        add("Message", joined(details.invitationMessage, " "))
        add("Description", joined(details.engagementDescription, " "))
        for member in details.existingMembers { add("Member", party(member.companyName, member.websiteURL)) }
        add(
            "Customer",
            joined([details.customerCompany, details.industry, details.country, details.marketSegment, details.website])
        )
        add("AWS maturity", details.awsMaturity)
        if let plan = details.accountPlanning {
            add("Account", plan.accountIdentifier)
            add("Preferred contact", plan.preferredContact)
        }
        add("Opportunity type", details.opportunityType)
        add("Project", details.projectTitle)
        add("Business problem", joined(details.businessProblem, " "))
        add("Target completion", details.targetCompletionDate)
        for spend in details.expectedSpend {
            add("Expected spend", "\(spend.amount) \(spend.currency) \(spend.frequency) (\(spend.targetCompany))")
        }
        add("Responsibilities", joined(details.receiverResponsibilities, ", "))
        for contact in details.contacts {
            add("Contact", joined([contact.name, contact.title, contact.email, contact.phone]))
        }
        if let lead = details.leadInteraction {
            add("Source", "\(lead.sourceName) (\(lead.sourceType), \(lead.sourceID))")
            add("Contact title", lead.contactBusinessTitle)
            add("Use case", lead.useCase)
        }
        if let enrichment = details.enrichment {
            add("Lead readiness", enrichment.leadReadinessScore)
            add("Engagement score", enrichment.engagementScore)
            add("Solution score", enrichment.solutionScore)
            add("Solution", enrichment.solutionCategory)
            add("Programs", joined(enrichment.eligiblePrograms, ", "))
            add("Company size", joined([enrichment.companySize, enrichment.segment]))
            add("AWS industry", enrichment.industry)
            add("Location", enrichment.location)
            add("AWS account name", enrichment.accountName)
            add("Profile", joined(enrichment.profileSummary, " "))
            add("Reach out by", enrichment.recommendedChannel)
            for window in enrichment.outreachWindows { add("Best window", window) }
        }
        let width = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
        return fields.map { label, value in InvitationTable.pad(label + ":", to: width + 1) + " " + value }
    }

    private static func party(_ name: String?, _ detail: String?) -> String? {
        switch (name, detail) {
        case (let name?, let detail?): TerminalSafe.clean("\(name) (\(detail))")
        case (let name?, nil): TerminalSafe.clean(name)
        case (nil, let detail?): TerminalSafe.clean(detail)
        case (nil, nil): nil
        }
    }
}
