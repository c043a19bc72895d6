import Foundation

/// `web_identity_token_file` (or `AWS_WEB_IDENTITY_TOKEN_FILE`) with a role, as botocore's
/// `AssumeRoleWithWebIdentityProvider` resolves it.
extension ProfileProviderContext {
    func webIdentityProvider(_ settings: [String: String]) throws -> RefreshingCredentialProvider? {
        let profile = profileName
        let useEnvironment = usesWebIdentityEnvironment
        func value(_ key: String, environmentName: String) -> String? {
            if useEnvironment, let text = environment[environmentName], !text.isEmpty { return text }
            return settings[key]
        }
        guard let tokenFile = value("web_identity_token_file", environmentName: "AWS_WEB_IDENTITY_TOKEN_FILE") else {
            return nil
        }
        guard let roleArn = value("role_arn", environmentName: "AWS_ROLE_ARN") else {
            throw AssumeRoleConfigurationError.sourceNotConfigured(
                profile: profile,
                detail: "a web identity token file but no role_arn or AWS_ROLE_ARN"
            )
        }
        let fetcher = WebIdentityCredentialFetcher(
            tokenFile: tokenFile,
            roleArn: roleArn,
            roleSessionName: value("role_session_name", environmentName: "AWS_ROLE_SESSION_NAME")
                ?? defaultRoleSessionName(),
            sts: try stsClient()
        )
        // From AWS_WEB_IDENTITY_TOKEN_FILE rather than a profile setting: no profile is really in use.
        let fromEnvironment = useEnvironment && !(environment["AWS_WEB_IDENTITY_TOKEN_FILE"] ?? "").isEmpty
        let summary = IdentitySummary(profile: fromEnvironment ? nil : profile, source: .webIdentity, roleArn: roleArn)
        return refreshing(name: "web-identity profile \(profile)", summary: summary) {
            try await fetcher.fetch()
        }
    }
}
