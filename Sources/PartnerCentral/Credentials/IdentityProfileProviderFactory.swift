import Foundation

extension ProfileProviderFactory {
    /// Roles (`role_arn` with `source_profile`/`credential_source`), web identity and IAM Identity Center, in
    /// botocore's order; the chain lists it before the profile's own keys.
    ///
    /// ```swift
    /// let chain = CredentialChain(profileFactories: [.identity] + ProfileProviderFactory.basic)
    /// ```
    ///
    /// A `source_profile` is resolved by the same chain, so it may hold keys, a `credential_process`, a role, a web
    /// identity or an SSO login. The MFA prompter, the role cache and the refresh timing come from the context's
    /// ``CredentialServices``.
    public static let identity = ProfileProviderFactory(name: "identity") { context in
        try context.identityProvider()
    }
}

extension ProfileProviderContext {
    /// The refreshing provider for a role, web identity or SSO profile, or `nil` when the profile (or, for the
    /// profile a run starts from, the environment) names none of them.
    ///
    /// - Throws: ``AssumeRoleConfigurationError`` and ``SSOError`` for configurations that cannot work (loops,
    ///   missing settings); the first network call happens later, in `credentials()`.
    func identityProvider() throws -> RefreshingCredentialProvider? {
        let settings = profileSettings
        // botocore: a source profile that holds keys uses them, even beside a role_arn (a role may name its own
        // profile as source), so only the profile a run starts from assumes its role regardless.
        if IdentitySettings.hasAssumeRole(settings) && !(isSourceProfile && IdentitySettings.hasStaticKeys(settings)) {
            return try assumeRoleProvider(settings)
        }
        if let provider = try webIdentityProvider(settings) { return provider }
        return try ssoProvider(settings)
    }

    /// The profile's name; `default` when none exists yet (environment-only web identity).
    var profileName: String { profile?.name ?? "default" }

    /// The config file's `[profile NAME]` merged with the credentials file's `[NAME]` (the credentials file wins).
    var profileSettings: [String: String] {
        guard let profile else { return [:] }
        return profile.configValues.merging(profile.credentialsValues) { _, credentials in credentials }
    }

    /// Whether this profile is being resolved as another profile's `source_profile`.
    var isSourceProfile: Bool { !visitedProfiles.isEmpty }

    /// Whether `AWS_WEB_IDENTITY_TOKEN_FILE`/`AWS_ROLE_ARN` apply; botocore ignores them for a profile named with
    /// `--profile` and for source profiles.
    var usesWebIdentityEnvironment: Bool { !isSourceProfile && !isExplicitProfile }
}

/// Which identity settings a profile holds.
enum IdentitySettings {
    static func hasAssumeRole(_ settings: [String: String]) -> Bool {
        settings["role_arn"] != nil && settings["web_identity_token_file"] == nil
    }

    static func hasStaticKeys(_ settings: [String: String]) -> Bool {
        settings["aws_access_key_id"] != nil || settings["aws_secret_access_key"] != nil
    }
}
