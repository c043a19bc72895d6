import PartnerCentral
import TriageCore
import TriageTerminal

/// The `show --output text` rendering: one labelled, terminal-safe line per field that is present.
enum InvitationText {
    /// The lines for one invitation; no trailing newline.
    static func render(_ invitation: EngagementInvitation) -> [String] {
        var fields: [(String, String)] = []
        func add(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            fields.append((label, value))
        }
        func clean(_ text: String?) -> String? { text.map(TerminalSafe.clean) }

        add("Title", clean(invitation.engagementTitle))
        add("Id", clean(invitation.id))
        add("Arn", clean(invitation.arn))
        add("Catalog", clean(invitation.catalog))
        add("Status", clean(invitation.status?.rawValue))
        add("Rejection reason", clean(invitation.rejectionReason))
        add("Type", invitation.payloadType.map { InvitationTable.typeLabel($0) })
        add("Engagement", clean(invitation.engagementId))
        add("Sender", party(invitation.senderCompanyName, invitation.senderAwsAccountId))
        add("Receiver", party(invitation.receiver?.account?.alias, invitation.receiver?.account?.awsAccountId))
        add("Invited", clean(invitation.invitationDate?.text))
        add("Expires", clean(invitation.expirationDate?.text))
        add("Message", clean(invitation.invitationMessage))
        add("Description", clean(invitation.engagementDescription))
        for member in invitation.existingMembers ?? [] {
            add("Member", party(member.companyName, member.websiteUrl))
        }
        if let opportunity = invitation.payload?.opportunityInvitation {
            let customer = opportunity.customer
            add(
                "Customer",
                [
                    customer.companyName, customer.industry.rawValue, customer.countryCode.rawValue,
                    customer.websiteUrl,
                ].map(TerminalSafe.clean).joined(separator: " · ")
            )
            add("Project", clean(opportunity.project.title))
            add("Business problem", clean(opportunity.project.businessProblem))
            add("Target completion", clean(opportunity.project.targetCompletionDate))
            for spend in opportunity.project.expectedCustomerSpend {
                let amount = [spend.amount, spend.currencyCode.rawValue, spend.frequency.rawValue]
                    .compactMap { $0 }.joined(separator: " ")
                add("Expected spend", TerminalSafe.clean("\(amount) (\(spend.targetCompany))"))
            }
            add(
                "Responsibilities",
                clean(opportunity.receiverResponsibilities.map(\.rawValue).joined(separator: ", "))
            )
            for contact in opportunity.senderContacts ?? [] {
                let name = [contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " ")
                let parts = [name, contact.businessTitle, contact.email, contact.phone].compactMap { $0 }
                    .filter { !$0.isEmpty }
                add("Contact", TerminalSafe.clean(parts.joined(separator: " · ")))
            }
        }
        if let lead = invitation.payload?.leadInvitation {
            let customer = lead.customer
            let parts = [
                customer.companyName, customer.industry?.rawValue, customer.countryCode.rawValue,
                customer.marketSegment?.rawValue, customer.websiteUrl,
            ].compactMap { $0 }
            add("Customer", TerminalSafe.clean(parts.joined(separator: " · ")))
            add("AWS maturity", clean(customer.awsMaturity))
            let interaction = lead.interaction
            add(
                "Source",
                TerminalSafe.clean(
                    "\(interaction.sourceName) (\(interaction.sourceType), \(interaction.sourceId))"
                )
            )
            add("Contact title", clean(interaction.contactBusinessTitle))
            add("Use case", clean(interaction.usecase))
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
