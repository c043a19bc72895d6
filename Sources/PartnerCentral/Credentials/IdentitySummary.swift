/// Which identity the tool acts as, for the UI header and `--debug`: profile, role or SSO role, account.
///
/// Holds no secret. Built from the configuration, so it is known before any call is made; the account id comes from
/// the role ARN or `sso_account_id` and is `nil` for plain access keys.
public struct IdentitySummary: Sendable, Hashable, CustomStringConvertible {
    /// How the credentials are obtained.
    public enum Source: String, Sendable, Hashable {
        /// `AWS_ACCESS_KEY_ID` and friends.
        case environment
        /// Access keys in the credentials or config file.
        case profileKeys = "profile-keys"
        /// `role_arn` with `source_profile` or `credential_source`.
        case assumeRole = "assume-role"
        /// `AssumeRoleWithWebIdentity` from a token file.
        case webIdentity = "web-identity"
        /// IAM Identity Center.
        case sso
        /// `credential_process`.
        case process
        /// Anything else (tests, static providers).
        case other
    }

    /// The profile in use; `nil` when the credentials come from the environment without one.
    public var profile: String?
    /// How the credentials are obtained.
    public var source: Source
    /// The IAM role name (from the role ARN) or the SSO permission set role name.
    public var roleName: String?
    /// The role ARN, for assume-role and web identity.
    public var roleArn: String?
    /// The AWS account id, when the configuration names it.
    public var accountId: String?

    /// Creates a summary.
    public init(
        profile: String?,
        source: Source,
        roleName: String? = nil,
        roleArn: String? = nil,
        accountId: String? = nil
    ) {
        self.profile = profile
        self.source = source
        self.roleName = roleName
        self.roleArn = roleArn
        self.accountId = accountId
    }

    /// A summary for a role ARN, taking the role name and account from it.
    public init(profile: String?, source: Source, roleArn: String) {
        let parts = IdentitySummary.parseRoleArn(roleArn)
        self.init(
            profile: profile,
            source: source,
            roleName: parts?.roleName,
            roleArn: roleArn,
            accountId: parts?.account
        )
    }

    /// One line for a header: `profile ops · role Triage · account 123456789012`.
    public var description: String {
        let origin = source == .webIdentity ? "web identity from the environment" : "no profile"
        var parts = [profile.map { "profile \($0)" } ?? origin]
        if let roleName { parts.append((source == .sso ? "SSO role " : "role ") + roleName) }
        if let accountId { parts.append("account \(accountId)") }
        if roleName == nil && accountId == nil { parts.append(source.rawValue) }
        return parts.joined(separator: " · ")
    }

    /// `arn:aws:iam::123456789012:role/path/Name` → (`123456789012`, `Name`); `nil` when it is not a role ARN.
    static func parseRoleArn(_ arn: String) -> (account: String, roleName: String)? {
        let fields = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard fields.count == 6, fields[0] == "arn", fields[2] == "iam", fields[5].hasPrefix("role/") else {
            return nil
        }
        guard let name = fields[5].split(separator: "/").last, !fields[4].isEmpty else { return nil }
        return (String(fields[4]), String(name))
    }

    /// The identity a provider from the credential chain stands for: its own summary for role, web identity and SSO
    /// providers, else environment or profile keys (or a process) under `profile`.
    public static func describe(_ provider: any CredentialProvider, profile: String?) -> IdentitySummary {
        if let refreshing = provider as? RefreshingCredentialProvider, let summary = refreshing.summary {
            return summary
        }
        if let keys = provider as? StaticCredentialProvider {
            return IdentitySummary(
                profile: keys.source == "environment" ? nil : profile,
                source: keys.source == "environment" ? .environment : .profileKeys
            )
        }
        if provider is CredentialProcessProvider { return IdentitySummary(profile: profile, source: .process) }
        return IdentitySummary(profile: profile, source: .other)
    }
}
