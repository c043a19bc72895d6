import TriageCore

extension DetailsView {
    /// The partner's own opportunities for this customer: each match with why it matched, so a duplicate is seen
    /// before the invitation is answered.
    static func pipeline(_ state: TriageState, id: String, into builder: inout Builder) {
        guard let entry = state.pipelineEntry(for: id) else { return }
        builder.blank()
        switch entry {
        case .loading:
            builder.field("Your pipeline", "Looking for this customer's opportunities…", style: Theme.muted)
        case .failed(let message):
            builder.field("Your pipeline", "Could not look for duplicates: \(message)", style: Theme.danger)
        case .loaded:
            let matches = state.duplicateMatches(for: id)
            if matches.isEmpty {
                builder.field("Your pipeline", "no opportunity for this customer", style: Theme.muted)
            }
            for (index, match) in matches.enumerated() {
                let opportunity = match.opportunity
                let label = index == 0 ? (match.isLikely ? "Duplicate?" : "Your pipeline") : ""
                let style = match.isLikely ? Theme.urgent : Theme.plain
                builder.field(label, "\(opportunity.idLabel) “\(opportunity.title ?? "—")”", style: style)
                let facts = [
                    opportunity.stage.map { "stage \($0)" }, opportunity.reviewStatus.map { "review \($0)" },
                    "modified \(opportunity.lastModifiedText)",
                ].compactMap { $0 }
                builder.field("", facts.joined(separator: " · "))
                builder.field("", "matched: \(match.reason.text)", style: Theme.muted)
            }
        }
    }
}
