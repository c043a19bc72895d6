import Foundation

/// `role_arn` with `source_profile` or `credential_source`, as botocore's `AssumeRoleProvider` resolves it.
extension ProfileProviderContext {
    func assumeRoleProvider(_ settings: [String: String]) throws -> RefreshingCredentialProvider {
        let profile = profileName
        let sts = try stsClient()
        // safe: callers check IdentitySettings.hasAssumeRole first
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
            source = try environmentSource(credentialSource: credentialSource)
        case (.some(let sourceProfile), nil):
            source = try sourceProfileProvider(sourceProfile)
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
            roleSessionName: settings["role_session_name"] ?? defaultRoleSessionName(),
            externalId: settings["external_id"],
            durationSeconds: duration,
            serialNumber: settings["mfa_serial"]
        )
        let prompter = services.mfaTokenCodePrompter
        if let serial = parameters.serialNumber, prompter == nil {
            // Fail now, not at the first request, so the CLI can say so before it starts.
            throw AssumeRoleConfigurationError.mfaPrompterMissing(profile: profile, serial: serial)
        }
        let fetcher = AssumeRoleCredentialFetcher(
            profile: profile,
            parameters: parameters,
            source: source,
            sts: sts,
            mfaPrompter: prompter,
            cache: assumeRoleCache,
            cacheKey: AssumeRoleCache.key(
                for: parameters, sessionNameIsDefault: settings["role_session_name"] == nil),
            now: services.now
        )
        let summary = IdentitySummary(profile: profile, source: .assumeRole, roleArn: roleArn)
        // An MFA code anywhere in the chain means a refresh asks a person, so only a request may start one.
        let sourcePrompts = (source as? RefreshingCredentialProvider)?.refreshesInBackground == false
        let prompts = parameters.serialNumber != nil || sourcePrompts
        return refreshing(name: "assume-role profile \(profile)", summary: summary, refreshesInBackground: !prompts) {
            try await fetcher.fetch()
        }
    }

    /// The credentials a `source_profile` stands for, from the same chain, with botocore's loop rule: a profile
    /// may name itself only when it also holds access keys.
    private func sourceProfileProvider(_ source: String) throws -> any CredentialProvider {
        let parent = profileName
        guard let sourceProfile = config.profile(named: source) else {
            throw AssumeRoleConfigurationError.missingSourceProfile(profile: parent, sourceProfile: source)
        }
        let path = visitedProfiles + [parent]
        let sourceSettings = sourceProfile.configValues.merging(sourceProfile.credentialsValues) { $1 }
        if path.contains(source) && (source != parent || !IdentitySettings.hasStaticKeys(sourceSettings)) {
            throw AssumeRoleConfigurationError.sourceProfileLoop(chain: path + [source])
        }
        let sourceContext = ProfileProviderContext(
            profile: sourceProfile,
            config: config,
            environment: environment,
            services: services,
            chain: chain,
            visitedProfiles: path,
            region: region
        )
        if let provider = try chain.firstProvider(sourceContext) { return provider }
        throw AssumeRoleConfigurationError.noSourceCredentials(
            profile: parent,
            detail: "the source profile \"\(source)\" has no credentials"
        )
    }

    /// `credential_source = Environment`; the other sources (EC2 instance metadata, ECS containers) are not
    /// supported on the machines this runs on.
    private func environmentSource(credentialSource: String) throws -> any CredentialProvider {
        let profile = profileName
        guard credentialSource == "Environment" else {
            throw AssumeRoleConfigurationError.unsupportedCredentialSource(
                profile: profile,
                credentialSource: credentialSource
            )
        }
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
}
