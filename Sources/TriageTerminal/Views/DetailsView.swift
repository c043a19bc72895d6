import TriageCore

/// The details of one invitation: everything a salesperson needs to decide, as labelled, wrapped lines.
enum DetailsView {
    /// One drawn line: a label (only on the first line of a field) and text.
    struct Line: Equatable {
        var label: String
        var text: String
        var style: CellStyle
    }

    static let labelWidth = 18

    static func draw(_ state: TriageState, id: String, scroll: Int, in rect: Rect, into grid: inout Grid) {
        guard rect.width > 0, rect.height > 0 else { return }
        let lines = self.lines(state, id: id, width: rect.width)
        let overflows = lines.count > rect.height && rect.height > 1
        // When the text overflows, the last line is kept for the "more" marker.
        let visible = overflows ? rect.height - 1 : rect.height
        let limit = maxScroll(lineCount: lines.count, height: rect.height)
        let first = min(max(0, scroll), limit)
        for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let y = rect.row + offset
            if line.label.isEmpty {
                grid.write(line.text, row: y, column: rect.column, maxWidth: rect.width, style: line.style)
            } else {
                grid.write(line.label, row: y, column: rect.column, maxWidth: labelWidth - 1, style: Theme.label)
                grid.write(
                    line.text, row: y, column: rect.column + labelWidth, maxWidth: rect.width - labelWidth,
                    style: line.style)
            }
        }
        if overflows {
            let marker = first < limit ? "↓ more (PgDn)" : "↑ (PgUp)"
            grid.write(marker, row: rect.bottom - 1, column: rect.column, maxWidth: rect.width, style: Theme.muted)
        }
    }

    /// How far the text can scroll before the last line is at the bottom (one line is kept for the marker).
    static func maxScroll(lineCount: Int, height: Int) -> Int {
        let overflows = lineCount > height && height > 1
        return max(0, lineCount - (overflows ? height - 1 : height))
    }

    /// The lines for an invitation, wrapped to `width`.
    static func lines(_ state: TriageState, id: String, width: Int) -> [Line] {
        var builder = Builder(width: width)
        let row = state.loadedRow(id)
        switch state.details[id] {
        case .loaded(let details):
            build(details, row: row, state: state, into: &builder)
        case .failed(let message):
            summary(row, state: state, into: &builder)
            builder.blank()
            builder.paragraph("Could not load the details: \(message)", style: Theme.danger)
        case .loading, nil:
            summary(row, state: state, into: &builder)
            builder.blank()
            builder.paragraph("Loading details…", style: Theme.muted)
        }
        pipeline(state, id: id, into: &builder)
        engagement(state.engagements[id], into: &builder)
        followThrough(state, id: id, into: &builder)
        if case .failed(let message) = state.rowActivity[id] {
            builder.blank()
            builder.field("Last attempt", "failed: \(message)", style: Theme.danger)
        }
        if case .waiting = state.rowActivity[id], let grace = state.grace {
            builder.blank()
            builder.field("Not sent yet", grace.line(at: state.now), style: Theme.warning)
        }
        return builder.lines
    }

    private static func summary(_ row: InvitationRow?, state: TriageState, into builder: inout Builder) {
        guard let row else { return }
        builder.paragraph(row.title, style: Theme.title)
        builder.paragraph("\(row.idLabel) · \(row.typeLabel) · \(row.statusLabel)", style: Theme.muted)
        builder.blank()
        builder.field("Sender", row.sender)
        builder.field("Invited", row.invitedText)
        let expiry = row.expiry(now: state.now)
        builder.field("Expires", expiry.preciseText, style: expiryStyle(expiry))
    }

    private static func build(
        _ details: InvitationDetails, row: InvitationRow?, state: TriageState, into builder: inout Builder
    ) {
        let expiry = Expiry(expiration: details.expiration, now: state.now)
        let status = row?.statusLabel ?? details.statusLabel
        builder.paragraph(details.title, style: Theme.title)
        builder.paragraph("\(details.idLabel) · \(details.typeLabel) · \(status)", style: Theme.muted)
        if let kind = details.unknownPayloadKind {
            builder.paragraph("A kind of invitation this version does not know: \(kind)", style: Theme.danger)
        }
        builder.blank()
        var sender = details.senderCompany
        if let account = details.senderAccount { sender += " (\(account))" }
        builder.field("Sender", sender)
        for (index, contact) in details.contacts.enumerated() {
            var text = contact.name
            if let title = contact.title { text += ", \(title)" }
            text += " · \(contact.email)"
            if let phone = contact.phone { text += " · \(phone)" }
            builder.field(index == 0 ? "Contacts" : "", text)
        }
        if let company = details.customerCompany {
            builder.field("Customer", company, style: Theme.title)
            let facts = [details.industry, details.country, details.marketSegment, details.awsMaturity]
                .compactMap { $0 }
            if !facts.isEmpty { builder.field("", facts.joined(separator: " · ")) }
            if let website = details.website { builder.field("", website) }
        }
        if let plan = details.accountPlanning {
            if let account = plan.accountIdentifier { builder.field("Account", account) }
            if let contact = plan.preferredContact { builder.field("Preferred contact", contact) }
        }
        if let type = details.opportunityType { builder.field("Opportunity type", type) }
        if let project = details.projectTitle { builder.field("Project", project) }
        if !details.businessProblem.isEmpty {
            builder.field("Business problem", details.businessProblem.joined(separator: " "))
        }
        for (index, spend) in details.expectedSpend.enumerated() {
            builder.field(index == 0 ? "Expected spend" : "", spend.text)
        }
        if let date = details.targetCompletionDate { builder.field("Target date", date) }
        if !details.receiverResponsibilities.isEmpty {
            builder.field("Your role", details.receiverResponsibilities.joined(separator: ", "))
        }
        if let lead = details.leadInteraction {
            builder.field("Lead source", "\(lead.sourceName) (\(lead.sourceType) \(lead.sourceID))")
            builder.field("Contact title", lead.contactBusinessTitle)
            if let useCase = lead.useCase { builder.field("Use case", useCase) }
        }
        if let enrichment = details.enrichment { build(enrichment, into: &builder) }
        if !details.invitationMessage.isEmpty {
            builder.field("Message", details.invitationMessage.joined(separator: " "))
        }
        if !details.engagementDescription.isEmpty {
            builder.field("Description", details.engagementDescription.joined(separator: " "))
        }
        for (index, member) in details.existingMembers.enumerated() {
            let text = member.websiteURL.map { "\(member.companyName) · \($0)" } ?? member.companyName
            builder.field(index == 0 ? "Members" : "", text)
        }
        builder.field("Invited", details.invitedText)
        builder.field("Expires", "\(details.expiresText) (\(expiry.preciseText))", style: expiryStyle(expiry))
        builder.field("Status", status, style: ListView.statusStyle(status))
        if let reason = details.rejectionReason { builder.field("Rejection reason", reason) }
        if let engagement = details.engagementID { builder.field("Engagement", engagement, style: Theme.muted) }
    }

    /// An accepted lead's engagement: the contact AWS shares after accept, or why it is not there yet.
    private static func engagement(_ entry: EngagementEntry?, into builder: inout Builder) {
        guard let entry else { return }
        builder.blank()
        switch entry {
        case .loading:
            builder.field("Engagement", "Loading the lead's engagement…", style: Theme.muted)
        case .failed(let message):
            builder.field("Engagement", "Could not load the engagement: \(message)", style: Theme.danger)
        case .loaded(let engagement):
            if engagement.contactsPending {
                builder.field(
                    "Lead contact", "not shared yet: AWS shares it some time after accept", style: Theme.muted)
            }
            for (index, contact) in engagement.contacts.enumerated() {
                let text = [contact.name, contact.title, contact.email, contact.phone].compactMap { $0 }
                builder.field(index == 0 ? "Lead contact" : "", text.joined(separator: " · "), style: Theme.title)
            }
            if let status = engagement.qualificationStatus { builder.field("Qualification", status) }
            if let address = engagement.address { builder.field("Address", address) }
        }
    }

    /// AWS's enrichment: the scores first, since they are what a salesperson decides on.
    private static func build(_ enrichment: InvitationDetails.Enrichment, into builder: inout Builder) {
        if let score = enrichment.leadReadinessScore { builder.field("Lead readiness", score, style: Theme.title) }
        if let score = enrichment.engagementScore { builder.field("Engagement score", score, style: Theme.title) }
        if let score = enrichment.solutionScore { builder.field("Solution score", score) }
        if let category = enrichment.solutionCategory { builder.field("Solution", category) }
        if !enrichment.eligiblePrograms.isEmpty {
            builder.field("Programs", enrichment.eligiblePrograms.joined(separator: ", "))
        }
        let company = [enrichment.companySize, enrichment.segment].compactMap { $0 }
        if !company.isEmpty { builder.field("Company size", company.joined(separator: " · ")) }
        if let industry = enrichment.industry { builder.field("AWS industry", industry) }
        if let location = enrichment.location { builder.field("Location", location) }
        if let name = enrichment.accountName { builder.field("AWS account name", name) }
        if !enrichment.profileSummary.isEmpty {
            builder.field("Profile", enrichment.profileSummary.joined(separator: " "))
        }
        if let channel = enrichment.recommendedChannel { builder.field("Reach out by", channel) }
        for (index, window) in enrichment.outreachWindows.enumerated() {
            builder.field(index == 0 ? "Best windows" : "", window)
        }
    }

    private static func expiryStyle(_ expiry: Expiry) -> CellStyle {
        switch expiry.urgency {
        case .urgent: Theme.urgent
        case .expired: Theme.muted
        default: Theme.plain
        }
    }

    /// Accumulates wrapped lines.
    struct Builder {
        let width: Int
        var lines: [Line] = []

        mutating func blank() {
            lines.append(Line(label: "", text: "", style: Theme.plain))
        }

        mutating func paragraph(_ text: String, style: CellStyle = Theme.plain) {
            for line in TextWrap.wrap(text, width: width) {
                lines.append(Line(label: "", text: line, style: style))
            }
        }

        mutating func field(_ label: String, _ text: String, style: CellStyle = Theme.plain) {
            let wrapped = TextWrap.wrap(text, width: max(1, width - DetailsView.labelWidth))
            for (index, line) in wrapped.enumerated() {
                // A label-less continuation still needs the indent: a single space label keeps the column.
                lines.append(Line(label: index == 0 && !label.isEmpty ? label : " ", text: line, style: style))
            }
            if wrapped.isEmpty { lines.append(Line(label: label.isEmpty ? " " : label, text: "", style: style)) }
        }
    }
}
