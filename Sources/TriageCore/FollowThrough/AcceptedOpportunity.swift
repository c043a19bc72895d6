import Foundation
import PartnerCentral

/// What an accept created, cleaned for drawing: the partner's opportunity and AWS's side of it.
public struct AcceptedOpportunity: Hashable, Sendable {
    /// The opportunity id exactly as sent (for requests, never drawn).
    public var id: String
    /// The id to draw.
    public var idLabel: String
    /// `GetOpportunity`, once it answered.
    public var opportunity: FollowUp<OpportunityFacts> = .loading
    /// `GetAwsOpportunitySummary`, once it answered.
    public var awsSummary: FollowUp<AwsSummaryFacts> = .loading

    /// Starts following the opportunity `id`.
    public init(id: String) {
        self.id = id
        self.idLabel = TerminalSafe.clean(id)
    }
}

/// A read that follows a decision: in flight, answered, or failed with the client's one line.
public enum FollowUp<Value: Hashable & Sendable>: Hashable, Sendable {
    /// In flight.
    case loading
    /// Answered.
    case loaded(Value)
    /// Failed; the message is cleaned.
    case failed(String)
}

/// The partner's new opportunity, from `GetOpportunity`.
public struct OpportunityFacts: Hashable, Sendable {
    /// `LifeCycle.Stage`.
    public var stage: String?
    /// `LifeCycle.TargetCloseDate`.
    public var targetCloseDate: String?
    /// The customer company.
    public var customer: String?
    /// Customer contacts, one line each; empty until AWS shares them.
    public var contacts: [String]
    /// The partner's opportunity team (who it is assigned to), one line each.
    public var team: [String]

    /// Takes the facts out of a `GetOpportunity` answer, every string cleaned.
    public init(_ response: GetOpportunityResponse) {
        stage = response.lifeCycle?.stage.map { TerminalSafe.clean($0.rawValue) }
        targetCloseDate = response.lifeCycle?.targetCloseDate.map { TerminalSafe.clean($0) }
        customer = response.customer?.account?.companyName.map { TerminalSafe.clean($0) }
        contacts = (response.customer?.contacts ?? []).prefix(TerminalSafe.maxListItems).map(OpportunityFacts.line)
        team = (response.opportunityTeam ?? []).prefix(TerminalSafe.maxListItems).map(OpportunityFacts.line)
    }

    /// `First Last, Title · email · phone`, cleaned.
    static func line(_ contact: Contact) -> String {
        let name = [contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " ")
        var parts = [name.isEmpty ? nil : name, contact.businessTitle, contact.email, contact.phone].compactMap { $0 }
        if parts.isEmpty { parts = ["—"] }
        return TerminalSafe.clean(parts.joined(separator: " · "))
    }
}

/// AWS's side of the opportunity, from `GetAwsOpportunitySummary`.
public struct AwsSummaryFacts: Hashable, Sendable {
    /// `Insights.EngagementScore`.
    public var engagementScore: String?
    /// `Insights.NextBestActions`, as lines.
    public var nextBestActions: [String]
    /// AWS's opportunity team, one line each.
    public var team: [String]
    /// `InvolvementType`.
    public var involvementType: String?
    /// AWS's stage.
    public var stage: String?
    /// Customer contacts AWS shares, one line each; empty until it does.
    public var contacts: [String]

    /// Takes the facts out of a `GetAwsOpportunitySummary` answer, every string cleaned.
    public init(_ response: GetAwsOpportunitySummaryResponse) {
        engagementScore = response.insights?.engagementScore.map { TerminalSafe.clean($0.rawValue) }
        nextBestActions = response.insights?.nextBestActions.map { TerminalSafe.cleanLines($0) } ?? []
        team = (response.opportunityTeam ?? []).prefix(TerminalSafe.maxListItems).map { member in
            let name = [member.firstName, member.lastName].compactMap { $0 }.joined(separator: " ")
            let parts = [name.isEmpty ? nil : name, member.businessTitle?.rawValue, member.email].compactMap { $0 }
            return TerminalSafe.clean(parts.isEmpty ? "—" : parts.joined(separator: " · "))
        }
        involvementType = response.involvementType.map { TerminalSafe.clean($0.rawValue) }
        stage = response.lifeCycle?.stage.map { TerminalSafe.clean($0.rawValue) }
        contacts = (response.customer?.contacts ?? []).prefix(TerminalSafe.maxListItems).map(OpportunityFacts.line)
    }
}
