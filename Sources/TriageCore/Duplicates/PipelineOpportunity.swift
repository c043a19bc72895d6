import Foundation
import PartnerCentral

/// One of the partner's own opportunities, cleaned for drawing, as the duplicate check compares it.
public struct PipelineOpportunity: Hashable, Sendable {
    /// The opportunity id exactly as sent (a key for requests, never drawn).
    public var id: String
    /// The id to draw.
    public var idLabel: String
    /// `Project.Title`, cleaned.
    public var title: String?
    /// The customer company, cleaned.
    public var customer: String?
    /// `LifeCycle.Stage`, cleaned.
    public var stage: String?
    /// `LifeCycle.ReviewStatus`, cleaned.
    public var reviewStatus: String?
    /// The last modification as `YYYY-MM-DD`, or `—`.
    public var lastModifiedText: String
    /// The last modification, for ordering.
    public var lastModified: Date?

    /// Builds one from `GetOpportunity` (which, unlike the list, carries the project title).
    public init(_ opportunity: GetOpportunityResponse, timeZone: TimeZone = .gmt) {
        self.init(
            id: opportunity.id ?? "", title: opportunity.project?.title,
            customer: opportunity.customer?.account?.companyName, stage: opportunity.lifeCycle?.stage?.rawValue,
            reviewStatus: opportunity.lifeCycle?.reviewStatus?.rawValue,
            lastModified: opportunity.lastModifiedDate?.date, timeZone: timeZone)
    }

    /// Builds one from a `ListOpportunities` summary (no title there).
    public init(_ summary: OpportunitySummary, timeZone: TimeZone = .gmt) {
        self.init(
            id: summary.id ?? "", title: nil, customer: summary.customer?.account?.companyName,
            stage: summary.lifeCycle?.stage?.rawValue, reviewStatus: summary.lifeCycle?.reviewStatus?.rawValue,
            lastModified: summary.lastModifiedDate?.date, timeZone: timeZone)
    }

    /// Builds one from its parts (tests, and the two service shapes above).
    public init(
        id: String, title: String?, customer: String?, stage: String? = nil, reviewStatus: String? = nil,
        lastModified: Date? = nil, timeZone: TimeZone = .gmt
    ) {
        self.id = id
        self.idLabel = id.isEmpty ? "—" : TerminalSafe.clean(id)
        self.title = title.map { TerminalSafe.clean($0) }
        self.customer = customer.map { TerminalSafe.clean($0) }
        self.stage = stage.map { TerminalSafe.clean($0) }
        self.reviewStatus = reviewStatus.map { TerminalSafe.clean($0) }
        self.lastModified = DisplayableDate.filter(lastModified)
        self.lastModifiedText = InvitationRow.dayText(lastModified, timeZone: timeZone)
    }
}
