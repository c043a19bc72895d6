import PartnerCentral

/// The ARNs the emulator writes and the identifiers it accepts in their place.
enum InvitationARN {
    static let prefix = "arn:aws:partnercentral:us-east-1:"

    /// `arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/engi-…`, the documented shape.
    static func arn(catalog: String, id: String) -> String {
        "\(prefix):catalog/\(catalog)/engagement-invitation/\(id)"
    }

    /// `arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement/eng-…`.
    static func engagementArn(catalog: String, id: String) -> String {
        "\(prefix):catalog/\(catalog)/engagement/\(id)"
    }

    /// `arn:aws:partnercentral:us-east-1:<account>:catalog/Sandbox/engagement-by-accepting-invitation-task/task-…`.
    static func taskArn(catalog: String, account: String, id: String) -> String {
        "\(prefix)\(account):catalog/\(catalog)/engagement-by-accepting-invitation-task/\(id)"
    }

    /// The id to look an identifier up by: itself, or an ARN's last path segment. A candidate only: an ARN names
    /// the resource only when ``names(_:id:arn:)`` says so.
    static func candidateId(_ identifier: String) -> String {
        guard identifier.hasPrefix("arn:") else { return identifier }
        return identifier.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? identifier
    }

    /// Whether an identifier names the resource with this id and ARN: the plain id, or exactly its ARN. A lookalike
    /// ARN (another partition, region, account, catalog or resource type) names nothing, as with the service.
    static func names(_ identifier: String, id: String, arn: String) -> Bool {
        identifier.hasPrefix("arn:") ? identifier == arn : identifier == id
    }
}
