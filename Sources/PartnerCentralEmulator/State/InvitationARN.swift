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

    /// The resource id an identifier (plain id or ARN) names: the last path segment of an ARN, and the catalog the
    /// ARN names (`nil` for a plain id).
    static func resolve(_ identifier: String) -> (id: String, catalog: String?) {
        guard identifier.hasPrefix("arn:") else { return (identifier, nil) }
        let resource = identifier.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).last ?? ""
        let parts = resource.split(separator: "/", omittingEmptySubsequences: false)
        let id = parts.last.map(String.init) ?? identifier
        let catalog = parts.count >= 2 && parts[0] == "catalog" ? String(parts[1]) : nil
        return (id, catalog)
    }
}
