/// What is known of the partner's own opportunities for one customer, cached for the session.
public enum PipelineEntry: Hashable, Sendable {
    /// `ListOpportunities` (and the `GetOpportunity` reads for titles) in flight.
    case loading
    /// The customer's opportunities.
    case loaded([PipelineOpportunity])
    /// The lookup failed; the message is the client's one line, cleaned.
    case failed(String)
}
