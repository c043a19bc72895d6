/// The decision an audit record is about.
public enum AuditAction: String, Codable, Hashable, Sendable, CaseIterable {
    case reject
    case accept
}
