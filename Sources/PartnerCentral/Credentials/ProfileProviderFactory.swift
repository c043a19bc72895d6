/// One way to turn a profile into a credential provider; the chain tries its factories in order.
///
/// A factory returns `nil` when the profile has none of its settings, a provider when it has, and throws when the
/// settings are there but broken (the chain then stops: a half-configured profile must not fall through silently).
///
/// Extend the chain by listing more factories, e.g. assume-role, web identity and SSO before the static ones:
/// ```swift
/// let chain = CredentialChain(profileFactories: [.assumeRole, .sso] + ProfileProviderFactory.basic)
/// ```
public struct ProfileProviderFactory: Sendable {
    /// A short name for diagnostics (`credential_process`).
    public let name: String
    /// Builds the provider, or returns `nil` when the profile is not of this kind.
    public let make: @Sendable (ProfileProviderContext) throws -> (any CredentialProvider)?

    /// Creates a factory.
    public init(name: String, make: @escaping @Sendable (ProfileProviderContext) throws -> (any CredentialProvider)?) {
        self.name = name
        self.make = make
    }

    /// The factories of the standard chain, in botocore's order. Providers that call AWS (assume-role, web
    /// identity, SSO) come first; the identity module adds them here.
    public static var standard: [ProfileProviderFactory] {
        [.identity] + basic
    }

    /// The factories that need no network: credentials-file keys, `credential_process`, config-file keys.
    public static var basic: [ProfileProviderFactory] { [.credentialsFileKeys, .credentialProcess, .configFileKeys] }

    /// `aws_access_key_id`/`aws_secret_access_key` (and `aws_session_token`) in the credentials file.
    public static let credentialsFileKeys = ProfileProviderFactory(name: "shared-credentials-file") { context in
        guard let profile = context.profile else { return nil }
        return try staticKeys(
            profile.credentialsValues,
            profile: profile.name,
            file: context.config.credentialsFilePath
        )
    }

    /// `credential_process` in either file (credentials file first).
    public static let credentialProcess = ProfileProviderFactory(name: "custom-process") { context in
        guard let profile = context.profile, let command = profile["credential_process"], !command.isEmpty else {
            return nil
        }
        return CredentialProcessProvider(
            profile: profile.name,
            command: command,
            environment: context.environment,
            services: context.services
        )
    }

    /// Keys in the config file's `[profile name]`.
    public static let configFileKeys = ProfileProviderFactory(name: "config-file") { context in
        guard let profile = context.profile else { return nil }
        return try staticKeys(profile.configValues, profile: profile.name, file: context.config.configFilePath)
    }

    static func staticKeys(
        _ values: [String: String],
        profile: String,
        file: String
    ) throws -> (any CredentialProvider)? {
        let id = values["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
        let secret = values["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
        switch (id, secret) {
        case (nil, nil):
            return nil
        case (let id?, let secret?):
            let token = values["aws_session_token"].flatMap { $0.isEmpty ? nil : $0 }
            return StaticCredentialProvider(
                AWSCredentials(accessKeyId: id, secretAccessKey: secret, sessionToken: token),
                source: "profile \(profile) in \(file)"
            )
        case (nil, _):
            throw CredentialsError.partialCredentials(
                source: "profile \(profile) in \(file)",
                missing: "aws_access_key_id"
            )
        case (_, nil):
            throw CredentialsError.partialCredentials(
                source: "profile \(profile) in \(file)",
                missing: "aws_secret_access_key"
            )
        }
    }
}
