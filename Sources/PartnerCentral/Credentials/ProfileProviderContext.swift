/// What a ``ProfileProviderFactory`` sees when it decides whether it can serve a profile.
public struct ProfileProviderContext: Sendable {
    /// The selected profile; `nil` when none was named and `default` does not exist (environment-only providers
    /// such as web identity from `AWS_WEB_IDENTITY_TOKEN_FILE` can still apply).
    public let profile: AWSProfile?
    /// Both shared files, for `source_profile` and `[sso-session]` lookups.
    public let config: AWSSharedConfig
    /// The process environment.
    public let environment: [String: String]
    /// Clock, process runner, file reader, HTTP client, logger.
    public let services: CredentialServices
    /// The chain, to resolve another profile (`source_profile`).
    public let chain: CredentialChain
    /// Profiles already being resolved, outermost first, to detect `source_profile` loops.
    public let visitedProfiles: [String]
    /// Whether the profile was named with `--profile`; botocore then ignores the web identity environment variables.
    public let isExplicitProfile: Bool
    /// The session region the client resolved (``RegionResolver``'s order, `--region` first), where role and web
    /// identity profiles call STS; `nil` when the chain is used without a client.
    public let region: String?

    /// Creates a context.
    public init(
        profile: AWSProfile?,
        config: AWSSharedConfig,
        environment: [String: String],
        services: CredentialServices,
        chain: CredentialChain,
        visitedProfiles: [String] = [],
        isExplicitProfile: Bool = false,
        region: String? = nil
    ) {
        self.profile = profile
        self.config = config
        self.environment = environment
        self.services = services
        self.chain = chain
        self.visitedProfiles = visitedProfiles
        self.isExplicitProfile = isExplicitProfile
        self.region = region
    }

    /// Resolves another profile's credentials with the same factories (for `source_profile`); throws
    /// ``CredentialsError/profileNotFound(profile:configFile:credentialsFile:)`` when it does not exist.
    /// Loop detection is the caller's job: check ``visitedProfiles`` first.
    public func provider(forProfile name: String) throws -> any CredentialProvider {
        try chain.provider(
            forProfile: name,
            config: config,
            environment: environment,
            services: services,
            visitedProfiles: visitedProfiles + (profile.map { [$0.name] } ?? []),
            region: region
        )
    }
}
