/// The decision an audit record is about.
public enum AuditAction: String, Codable, Hashable, Sendable, CaseIterable {
    case reject
    case accept
    /// `AssignOpportunity`: the id is the opportunity's, the reason names the assignee.
    case assign
}
