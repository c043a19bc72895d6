import TriageCore

extension DetailsView {
    /// What an accept created: the partner's opportunity and AWS's side, and for a lead who else is engaged;
    /// contacts not shared yet say so, since AWS shares them some time after the accept.
    static func followThrough(_ state: TriageState, id: String, into builder: inout Builder) {
        if let followed = state.accepted[id] {
            builder.blank()
            builder.field("Your opportunity", followed.idLabel, style: Theme.title)
            switch followed.opportunity {
            case .loading: builder.field("", "Loading the opportunity…", style: Theme.muted)
            case .failed(let message): builder.field("", "Could not load it: \(message)", style: Theme.danger)
            case .loaded(let facts):
                let summary = [facts.stage.map { "stage \($0)" }, facts.targetCloseDate.map { "close \($0)" }]
                    .compactMap { $0 }
                if !summary.isEmpty { builder.field("", summary.joined(separator: " · ")) }
                if let customer = facts.customer { builder.field("Customer", customer) }
                contacts(facts.contacts, into: &builder)
                for (index, member) in facts.team.enumerated() {
                    builder.field(index == 0 ? "Assigned to" : "", member)
                }
            }
            switch followed.awsSummary {
            case .loading: builder.field("AWS side", "Loading AWS's summary…", style: Theme.muted)
            case .failed(let message): builder.field("AWS side", "Could not load it: \(message)", style: Theme.danger)
            case .loaded(let aws):
                let facts = [
                    aws.engagementScore.map { "engagement score \($0)" }, aws.involvementType, aws.stage,
                ].compactMap { $0 }
                builder.field("AWS side", facts.isEmpty ? "—" : facts.joined(separator: " · "))
                if !aws.nextBestActions.isEmpty {
                    builder.field("Next best actions", aws.nextBestActions.joined(separator: " "))
                }
                for (index, member) in aws.team.enumerated() {
                    builder.field(index == 0 ? "AWS team" : "", member)
                }
                if facts.isEmpty, aws.team.isEmpty, !aws.contacts.isEmpty { contacts(aws.contacts, into: &builder) }
            }
        }
        if let members = state.engagementMembers[id] {
            switch members {
            case .loading: builder.field("Members", "Loading who else is engaged…", style: Theme.muted)
            case .failed(let message): builder.field("Members", "Could not load them: \(message)", style: Theme.danger)
            case .loaded(let lines):
                if lines.isEmpty { builder.field("Members", "none listed", style: Theme.muted) }
                for (index, line) in lines.enumerated() { builder.field(index == 0 ? "Members" : "", line) }
            }
        }
    }

    private static func contacts(_ lines: [String], into builder: inout Builder) {
        if lines.isEmpty {
            builder.field(
                "Contacts", "not shared yet: AWS shares them some time after accept · R to check", style: Theme.muted)
        }
        for (index, line) in lines.enumerated() { builder.field(index == 0 ? "Contacts" : "", line) }
    }
}
