import Foundation

/// The chain's resolver for profiles that use a role, a web identity or IAM Identity Center: a refreshing provider
/// and an ``IdentitySummary``, in botocore's order.
///
/// The credential chain calls ``resolve(profile:useEnvironment:)`` after the environment's access keys and before
/// the profile's own keys, the way botocore orders `assume-role`, `assume-role-with-web-identity` and `sso` ahead of
/// `shared-credentials-file`, `custom-process` and `config-file`. It answers `nil` for a profile it does not handle.
///
/// ```swift
/// let resolver = IdentityProfileResolver(profiles: merged, ssoSessions: sessions, context: context)
/// if let resolved = try resolver.resolve(profile: "ops") { header = resolved.summary.description }
/// ```
struct IdentityProfileResolver: Sendable {
    /// A provider with the identity it stands for.
    struct Resolved: Sendable {
        /// Refreshes itself in the background; call `shutdown()` on it at exit.
        var provider: RefreshingCredentialProvider
        /// What the UI header shows.
        var summary: IdentitySummary
    }

    /// Settings per profile name: the config file's `[profile NAME]` (`[default]`) merged with the credentials file.
    var profiles: [String: [String: String]]
    /// The config file's `[sso-session NAME]` sections.
    var ssoSessions: [String: [String: String]]
    /// The outside world.
    var context: IdentityProviderContext
    /// Credentials for a source profile this resolver does not handle itself (e.g. `credential_process`); `nil`
    /// when there are none.
    var sourceProfileFallback: (@Sendable (_ profile: String) throws -> (any CredentialProvider)?)?

    /// Creates a resolver over parsed configuration.
    init(
        profiles: [String: [String: String]],
        ssoSessions: [String: [String: String]] = [:],
        context: IdentityProviderContext,
        sourceProfileFallback: (@Sendable (_ profile: String) throws -> (any CredentialProvider)?)? = nil
    ) {
        self.profiles = profiles
        self.ssoSessions = ssoSessions
        self.context = context
        self.sourceProfileFallback = sourceProfileFallback
    }

    /// Resolves a profile, or returns `nil` when it has no role, web identity or SSO settings.
    ///
    /// - Parameters:
    ///   - profile: the profile name.
    ///   - useEnvironment: whether `AWS_WEB_IDENTITY_TOKEN_FILE`/`AWS_ROLE_ARN` apply; botocore ignores them when the
    ///     profile was chosen explicitly (`--profile`).
    /// - Throws: ``AssumeRoleConfigurationError`` and ``SSOError`` for configurations that cannot work (loops,
    ///   missing settings); the first network call happens later, in `credentials()`.
    func resolve(profile: String, useEnvironment: Bool = true) throws -> Resolved? {
        let settings = profiles[profile] ?? [:]
        if Self.hasAssumeRoleSettings(settings) {
            var visited = [profile]
            return try assumeRole(profile: profile, visited: &visited)
        }
        if let resolved = try webIdentity(profile: profile, useEnvironment: useEnvironment) { return resolved }
        return try sso(profile: profile)
    }

    // MARK: - Assume role

    static func hasAssumeRoleSettings(_ settings: [String: String]) -> Bool {
        settings["role_arn"] != nil && settings["web_identity_token_file"] == nil
    }

    static func hasStaticKeys(_ settings: [String: String]) -> Bool {
        settings["aws_access_key_id"] != nil || settings["aws_secret_access_key"] != nil
    }

    private func assumeRole(profile: String, visited: inout [String]) throws -> Resolved {
        let settings = profiles[profile] ?? [:]
        // safe: callers check hasAssumeRoleSettings first
        let roleArn = settings["role_arn"]!
        let source: any CredentialProvider
        switch (settings["source_profile"], settings["credential_source"]) {
        case (.some, .some):
            throw AssumeRoleConfigurationError.sourceNotConfigured(
                profile: profile,
                detail: "both source_profile and credential_source"
            )
        case (nil, nil):
            throw AssumeRoleConfigurationError.sourceNotConfigured(
                profile: profile,
                detail: "neither source_profile nor credential_source"
            )
        case (nil, .some(let credentialSource)):
            source = try environmentSource(profile: profile, credentialSource: credentialSource)
        case (.some(let sourceProfile), nil):
            source = try sourceProfileProvider(parent: profile, source: sourceProfile, visited: &visited)
        }
        var duration: Int?
        if let text = settings["duration_seconds"] {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value > 0 else {
                throw AssumeRoleConfigurationError.invalidValue(profile: profile, key: "duration_seconds", value: text)
            }
            duration = value
        }
        let parameters = STSClient.AssumeRoleParameters(
            roleArn: roleArn,
            roleSessionName: settings["role_session_name"] ?? context.defaultRoleSessionName(),
            externalId: settings["external_id"],
            durationSeconds: duration,
            serialNumber: settings["mfa_serial"]
        )
        if let serial = parameters.serialNumber, context.mfaTokenCodePrompter == nil {
            // Fail now, not at the first request, so the CLI can say so before it starts.
            throw AssumeRoleConfigurationError.mfaPrompterMissing(profile: profile, serial: serial)
        }
        let fetcher = AssumeRoleCredentialFetcher(
            profile: profile,
            parameters: parameters,
            source: source,
            sts: context.stsClient,
            mfaPrompter: context.mfaTokenCodePrompter,
            cache: context.assumeRoleCache,
            cacheKey: AssumeRoleCache.key(
                for: parameters, sessionNameIsDefault: settings["role_session_name"] == nil),
            now: context.now
        )
        let summary = IdentitySummary(profile: profile, source: .assumeRole, roleArn: roleArn)
        // An MFA code anywhere in the chain means a refresh asks a person, so only a request may start one.
        let sourcePrompts = (source as? RefreshingCredentialProvider)?.refreshesInBackground == false
        let prompts = parameters.serialNumber != nil || sourcePrompts
        return Resolved(
            provider: context.refreshing(
                name: "assume-role profile \(profile)",
                summary: summary,
                refreshesInBackground: !prompts
            ) {
                try await fetcher.fetch()
            },
            summary: summary
        )
    }

    /// The credentials a `source_profile` stands for, with botocore's loop rules: a profile may name itself only
    /// when it also holds access keys.
    private func sourceProfileProvider(
        parent: String,
        source: String,
        visited: inout [String]
    ) throws -> any CredentialProvider {
        guard let settings = profiles[source] else {
            throw AssumeRoleConfigurationError.missingSourceProfile(profile: parent, sourceProfile: source)
        }
        if visited.contains(source) && (source != parent || !Self.hasStaticKeys(settings)) {
            throw AssumeRoleConfigurationError.sourceProfileLoop(chain: visited + [source])
        }
        visited.append(source)
        if !Self.hasStaticKeys(settings) && Self.hasAssumeRoleSettings(settings) {
            return try assumeRole(profile: source, visited: &visited).provider
        }
        if let resolved = try webIdentity(profile: source, useEnvironment: false) { return resolved.provider }
        if let resolved = try sso(profile: source) { return resolved.provider }
        if let keyId = settings["aws_access_key_id"], let secret = settings["aws_secret_access_key"] {
            return StaticCredentialProvider(
                AWSCredentials(
                    accessKeyId: keyId,
                    secretAccessKey: secret,
                    sessionToken: settings["aws_session_token"]
                ),
                source: "profile \(source)"
            )
        }
        if let fallback = try sourceProfileFallback?(source) { return fallback }
        throw AssumeRoleConfigurationError.noSourceCredentials(
            profile: parent,
            detail: "the source profile \"\(source)\" has no credentials"
        )
    }

    private func environmentSource(profile: String, credentialSource: String) throws -> any CredentialProvider {
        guard credentialSource == "Environment" else {
            throw AssumeRoleConfigurationError.unsupportedCredentialSource(
                profile: profile,
                credentialSource: credentialSource
            )
        }
        let environment = context.environment
        guard let keyId = environment["AWS_ACCESS_KEY_ID"], !keyId.isEmpty,
            let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty
        else {
            throw AssumeRoleConfigurationError.noSourceCredentials(
                profile: profile,
                detail: "credential_source = Environment but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set"
            )
        }
        let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        return StaticCredentialProvider(
            AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token),
            source: "environment"
        )
    }

    // MARK: - Web identity

    private func webIdentity(profile: String, useEnvironment: Bool) throws -> Resolved? {
        let settings = profiles[profile] ?? [:]
        func value(_ key: String, environmentName: String) -> String? {
            if useEnvironment, let text = context.environment[environmentName], !text.isEmpty { return text }
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
                ?? context.defaultRoleSessionName(),
            sts: context.stsClient
        )
        // From AWS_WEB_IDENTITY_TOKEN_FILE rather than a profile setting: no profile is really in use.
        let fromEnvironment = useEnvironment && !(context.environment["AWS_WEB_IDENTITY_TOKEN_FILE"] ?? "").isEmpty
        let summary = IdentitySummary(
            profile: fromEnvironment ? nil : profile, source: .webIdentity, roleArn: roleArn)
        return Resolved(
            provider: context.refreshing(name: "web-identity profile \(profile)", summary: summary) {
                try await fetcher.fetch()
            },
            summary: summary
        )
    }

    // MARK: - SSO

    /// The SSO settings of a profile, merged with its `sso-session` (botocore's `_load_sso_config`); `nil` when the
    /// profile has neither `sso_account_id` nor `sso_role_name`.
    func ssoSettings(profile: String) throws -> SSOCredentialFetcher.Settings? {
        var settings = profiles[profile] ?? [:]
        guard settings["sso_account_id"] != nil || settings["sso_role_name"] != nil else { return nil }
        var required = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"]
        if let sessionName = settings["sso_session"] {
            guard let session = ssoSessions[sessionName] else {
                throw SSOError.invalidConfiguration(
                    profile: profile,
                    detail: "its sso_session \"\(sessionName)\" has no [sso-session \(sessionName)] section"
                )
            }
            for (key, value) in session {
                if let mine = settings[key], mine != value {
                    throw SSOError.invalidConfiguration(
                        profile: profile,
                        detail: "\(key) is \"\(mine)\" in the profile but \"\(value)\" in sso-session \(sessionName)"
                    )
                }
                settings[key] = value
            }
            required.append("sso_session")
        }
        let missing = required.filter { settings[$0] == nil }
        guard missing.isEmpty else {
            throw SSOError.invalidConfiguration(
                profile: profile,
                detail: "is missing required configuration: \(missing.joined(separator: ", "))"
            )
        }
        // safe: all four were checked just above
        return SSOCredentialFetcher.Settings(
            sessionName: settings["sso_session"],
            startURL: settings["sso_start_url"]!,
            region: settings["sso_region"]!,
            accountId: settings["sso_account_id"]!,
            roleName: settings["sso_role_name"]!
        )
    }

    private func sso(profile: String) throws -> Resolved? {
        guard let settings = try ssoSettings(profile: profile) else { return nil }
        let portal = SSOPortalClient(
            http: context.http,
            portalEndpoint: SSOEndpoints.portal(region: settings.region, endpoints: context.configuredEndpoints),
            oidcEndpoint: SSOEndpoints.oidc(region: settings.region, endpoints: context.configuredEndpoints)
        )
        let fetcher = SSOCredentialFetcher(
            profile: profile,
            settings: settings,
            cache: context.ssoTokenCache,
            portal: portal,
            now: context.now,
            tokenRefreshWindow: context.refreshWindows.advisory
        )
        let summary = IdentitySummary(
            profile: profile,
            source: .sso,
            roleName: settings.roleName,
            accountId: settings.accountId
        )
        return Resolved(
            provider: context.refreshing(name: "sso profile \(profile)", summary: summary) {
                try await fetcher.fetch()
            },
            summary: summary
        )
    }
}
