import Foundation

extension ProfileProviderFactory {
    /// Roles (`role_arn` with `source_profile`/`credential_source`), web identity and IAM Identity Center, in
    /// botocore's order; the chain lists it before the profile's own keys.
    ///
    /// ```swift
    /// let chain = CredentialChain(profileFactories: [.identity] + ProfileProviderFactory.basic)
    /// ```
    ///
    /// The MFA prompter, the role cache and the refresh timing come from the context's ``CredentialServices``.
    public static let identity = ProfileProviderFactory(name: "identity") { context in
        try IdentityProfileResolver.resolver(for: context)?
            .resolve(
                profile: context.profile?.name ?? "default",
                useEnvironment: context.visitedProfiles.isEmpty && !context.isExplicitProfile
            )?
            .provider
    }
}

extension IdentityProfileResolver {
    /// The resolver over a chain context's shared files, or `nil` when the profile (or, without one, the
    /// environment) names nothing this resolver handles.
    static func resolver(
        for chainContext: ProfileProviderContext
    ) throws -> IdentityProfileResolver? {
        let config = chainContext.config
        let name = chainContext.profile?.name ?? "default"
        var profiles: [String: [String: String]] = [:]
        for profileName in config.profileNames {
            // safe: profileNames lists only names that exist
            let profile = config.profile(named: profileName)!
            profiles[profileName] = profile.configValues.merging(profile.credentialsValues) { _, credentials in
                credentials
            }
        }
        let settings = profiles[name] ?? [:]
        let environment = chainContext.environment
        let applies =
            settings["role_arn"] != nil || settings["sso_account_id"] != nil || settings["sso_role_name"] != nil
            || settings["web_identity_token_file"] != nil
            || (!chainContext.isExplicitProfile && environment["AWS_WEB_IDENTITY_TOKEN_FILE"] != nil)
        guard applies else { return nil }
        guard let httpClient = chainContext.services.httpClient else {
            throw AssumeRoleConfigurationError.noHTTPClient(profile: name)
        }
        // The client's region when it passed one; otherwise the same order the client would use (`AWS_REGION`
        // before the profile's `region`), never a private order that could send STS somewhere else.
        let region =
            chainContext.region
            ?? RegionResolver.resolve(explicit: nil, environment: environment, profile: chainContext.profile)
        // STS and IAM Identity Center follow the endpoints the session's profile configures (the outermost one in a
        // source_profile chain), as botocore's clients do.
        let sessionProfile = chainContext.visitedProfiles.first.flatMap(config.profile(named:)) ?? chainContext.profile
        let endpoints = try ConfiguredEndpoints(environment: environment, config: config, profile: sessionProfile)
        let options = chainContext.services
        let context = IdentityProviderContext(
            httpClient: httpClient,
            environment: environment,
            now: chainContext.services.now,
            region: region,
            ssoTokenCacheDirectory: options.ssoTokenCacheDirectory,
            refreshWindows: options.refreshWindows,
            mfaTokenCodePrompter: options.mfaTokenCodePrompter,
            clock: options.clock,
            timeout: options.identityCallTimeout,
            configuredEndpoints: endpoints,
            assumeRoleCache: options.sharesAWSCLIRoleCache ? roleCache(environment) : nil
        )
        return IdentityProfileResolver(
            profiles: profiles,
            ssoSessions: config.ssoSessions.mapValues(\.values),
            context: context,
            sourceProfileFallback: { source in try chainContext.provider(forProfile: source) }
        )
    }

    /// The AWS CLI's role cache under `HOME`; `nil` when `HOME` is not known.
    private static func roleCache(_ environment: [String: String]) -> AssumeRoleCache? {
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return AssumeRoleCache.awsCLI(home: URL(fileURLWithPath: home))
    }
}
