/// The AWS CLI's credential lookup, built as a value so more profile kinds can be added.
///
/// Order, as in the AWS CLI:
/// 1. `--profile NAME`: that profile only (environment keys are ignored); a missing profile is an error.
/// 2. `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`).
/// 3. `AWS_DEFAULT_PROFILE`, then `AWS_PROFILE` (the AWS CLI v1 order): that profile; a missing profile is an error.
/// 4. The `default` profile.
/// Within a profile the ``profileFactories`` are tried in order and the first that applies wins.
public struct CredentialChain: Sendable {
    /// The profile kinds, tried in order.
    public var profileFactories: [ProfileProviderFactory]

    /// Creates a chain; ``ProfileProviderFactory/standard`` unless you need a different set.
    public init(profileFactories: [ProfileProviderFactory] = ProfileProviderFactory.standard) {
        self.profileFactories = profileFactories
    }

    /// The standard chain.
    public static var standard: CredentialChain { CredentialChain() }

    /// Picks the provider for this invocation; reads no file and runs no process beyond what `config` holds.
    ///
    /// - Parameters:
    ///   - explicitProfile: the `--profile` value.
    ///   - environment: the process environment.
    ///   - config: the shared files.
    ///   - services: what providers may use later.
    ///   - region: the client's resolved region, where role and web identity profiles call STS.
    /// - Throws: ``CredentialsError`` when a named profile is missing, keys are partial or nothing applies.
    public func resolve(
        explicitProfile: String?,
        environment: [String: String],
        config: AWSSharedConfig,
        services: CredentialServices,
        region: String? = nil
    ) throws -> any CredentialProvider {
        if let explicitProfile {
            return try provider(
                forProfile: explicitProfile,
                config: config,
                environment: environment,
                services: services,
                visitedProfiles: [],
                isExplicit: true,
                region: region
            )
        }
        let environmentProfile = CredentialChain.environmentProfile(environment)
        // As the AWS CLI: a profile the environment names must exist even when keys in the environment would win,
        // so a typo in AWS_PROFILE is never quietly replaced by other credentials.
        if let named = environmentProfile, config.profile(named: named) == nil {
            throw CredentialsError.profileNotFound(
                profile: named, configFile: config.configFilePath, credentialsFile: config.credentialsFilePath)
        }
        if let keys = try CredentialChain.environmentCredentials(environment) {
            return keys
        }
        if let named = environmentProfile {
            return try provider(
                forProfile: named,
                config: config,
                environment: environment,
                services: services,
                visitedProfiles: [],
                region: region
            )
        }
        let context = ProfileProviderContext(
            profile: config.profile(named: "default"),
            config: config,
            environment: environment,
            services: services,
            chain: self,
            region: region
        )
        if let provider = try firstProvider(context) { return provider }
        throw CredentialsError.noCredentials(profile: nil)
    }

    /// The provider for one named profile, which must exist.
    public func provider(
        forProfile name: String,
        config: AWSSharedConfig,
        environment: [String: String],
        services: CredentialServices,
        visitedProfiles: [String],
        isExplicit: Bool = false,
        region: String? = nil
    ) throws -> any CredentialProvider {
        guard let profile = config.profile(named: name) else {
            throw CredentialsError.profileNotFound(
                profile: name,
                configFile: config.configFilePath,
                credentialsFile: config.credentialsFilePath
            )
        }
        let context = ProfileProviderContext(
            profile: profile,
            config: config,
            environment: environment,
            services: services,
            chain: self,
            visitedProfiles: visitedProfiles,
            isExplicitProfile: isExplicit,
            region: region
        )
        if let provider = try firstProvider(context) { return provider }
        throw CredentialsError.profileHasNoCredentials(profile: name)
    }

    /// The profile the environment selects, if any: `AWS_DEFAULT_PROFILE`, then `AWS_PROFILE`, as the AWS CLI
    /// (botocore) checks them.
    public static func environmentProfile(_ environment: [String: String]) -> String? {
        for key in ["AWS_DEFAULT_PROFILE", "AWS_PROFILE"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return nil
    }

    /// Keys from `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN`; `nil` when neither key is set.
    public static func environmentCredentials(_ environment: [String: String]) throws -> StaticCredentialProvider? {
        let id = environment["AWS_ACCESS_KEY_ID"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = environment["AWS_SECRET_ACCESS_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        switch (id, secret) {
        case (nil, nil):
            return nil
        case (let id?, let secret?):
            let token = environment["AWS_SESSION_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
            return StaticCredentialProvider(
                AWSCredentials(accessKeyId: id, secretAccessKey: secret, sessionToken: token),
                source: "environment"
            )
        case (nil, _):
            throw CredentialsError.partialCredentials(source: "the environment", missing: "AWS_ACCESS_KEY_ID")
        case (_, nil):
            throw CredentialsError.partialCredentials(source: "the environment", missing: "AWS_SECRET_ACCESS_KEY")
        }
    }

    /// The first factory's provider for a context, or `nil` when none applies.
    func firstProvider(_ context: ProfileProviderContext) throws -> (any CredentialProvider)? {
        for factory in profileFactories {
            if let provider = try factory.make(context) { return provider }
        }
        return nil
    }
}
