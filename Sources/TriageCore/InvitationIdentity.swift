/// How an invitation is named: by its id (`engi-…`) or by its ARN
/// (`arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/engi-…`); both name the same invitation.
public enum InvitationIdentity {
    /// The plain id an identifier names: the part of an ARN after its last `/`, or the identifier itself.
    public static func plainID(_ identifier: String) -> String {
        guard identifier.hasPrefix("arn:"), let slash = identifier.lastIndex(of: "/") else { return identifier }
        return String(identifier[identifier.index(after: slash)...])
    }

    /// Whether two identifiers name the same invitation: equal, or an id and an ARN ending `/<id>`. Two different
    /// ARNs are never the same (they may name other catalogs).
    public static func same(_ first: String, _ second: String) -> Bool {
        if first == second { return true }
        if first.hasPrefix("arn:") && second.hasPrefix("arn:") { return false }
        return plainID(first) == plainID(second)
    }

    /// Why a `GetEngagementInvitation` answer is not about `requested`, or `nil` when its `Id` and `Arn` (where
    /// present) name the requested invitation.
    public static func mismatch(requested: String, answeredID: String?, answeredARN: String?) -> String? {
        if let answeredID, !same(answeredID, requested) {
            return "The service answered with invitation \(TerminalSafe.clean(answeredID)) when asked for "
                + "\(TerminalSafe.clean(requested)); it is not shown."
        }
        if let answeredARN, !same(answeredARN, requested), !same(plainID(answeredARN), requested) {
            return "The service answered with invitation \(TerminalSafe.clean(answeredARN)) when asked for "
                + "\(TerminalSafe.clean(requested)); it is not shown."
        }
        return nil
    }
}
