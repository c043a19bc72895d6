import PartnerCentral

/// The ARNs the emulator writes for what a seed leaves out, and the identifiers it accepts in their place.
///
/// A seeded `Arn` is kept exactly as given (any string that begins `arn:`, e.g. the AWS samples'
/// `arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-…` or
/// `arn:aws:partnercentral-selling:us-east-1:aws:catalog/…`), and an identifier names the invitation when it equals
/// its id or that ARN exactly.
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

    /// `arn:aws:partnercentral:us-east-1:<account>:catalog/Sandbox/opportunity/O…`, as the service writes its own.
    static func opportunityArn(catalog: String, account: String, id: String) -> String {
        "\(prefix)\(account):catalog/\(catalog)/opportunity/\(id)"
    }

    /// Whether an identifier names the resource with this id and ARN: the plain id, or exactly its ARN. A lookalike
    /// ARN (another partition, region, account, catalog or resource type) names nothing, as with the service.
    static func names(_ identifier: String, id: String, arn: String) -> Bool {
        identifier.hasPrefix("arn:") ? identifier == arn : identifier == id
    }
}
