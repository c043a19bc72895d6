import AsyncHTTPClient
import Foundation

/// What the role, web identity and SSO providers build from the chain's context and its ``CredentialServices``.
extension ProfileProviderContext {
    /// The profile whose settings a whole `source_profile` chain follows for its region and endpoints: the
    /// outermost one, as botocore's clients do.
    var sessionProfile: AWSProfile? { visitedProfiles.first.flatMap(config.profile(named:)) ?? profile }

    /// The region STS calls go to: the client's when it passed one, otherwise the client's own order (`AWS_REGION`
    /// before the profile's `region`), never a private order that could send STS somewhere else; `nil` means the
    /// global endpoint.
    var identityRegion: String? {
        region ?? RegionResolver.resolve(explicit: nil, environment: environment, profile: sessionProfile)
    }

    /// The HTTP side of STS and IAM Identity Center calls.
    func identityHTTP() throws -> IdentityHTTP {
        guard let httpClient = services.httpClient else {
            throw AssumeRoleConfigurationError.noHTTPClient(profile: profileName)
        }
        return IdentityHTTP(client: httpClient, timeout: services.identityCallTimeout)
    }

    /// Where STS and IAM Identity Center calls go when the user configured endpoints (environment or shared config).
    func identityEndpoints() throws -> ConfiguredEndpoints {
        try ConfiguredEndpoints(environment: environment, config: config, profile: sessionProfile)
    }

    /// An STS client at the configured or regional endpoint.
    func stsClient() throws -> STSClient {
        let region = identityRegion
        return STSClient(
            http: try identityHTTP(),
            endpoint: STSEndpoint.resolve(region: region, endpoints: try identityEndpoints()),
            signingRegion: STSEndpoint.signingRegion(region),
            now: services.now
        )
    }

    /// The SSO token cache, or `nil` when neither a directory nor `HOME` is known.
    var ssoTokenCache: SSOTokenCache? {
        if let directory = services.ssoTokenCacheDirectory { return SSOTokenCache(directory: directory) }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return SSOTokenCache(directory: SSOTokenCache.defaultDirectory(home: URL(fileURLWithPath: home)))
    }

    /// The AWS CLI's assumed-role cache under `HOME` when the services share it; `nil` keeps role credentials in
    /// memory only.
    var assumeRoleCache: AssumeRoleCache? {
        guard services.sharesAWSCLIRoleCache, let home = environment["HOME"], !home.isEmpty else { return nil }
        return AssumeRoleCache.awsCLI(home: URL(fileURLWithPath: home))
    }

    /// A session name for STS when the profile names none: `partner-triage-<epoch seconds>` (botocore's pattern).
    func defaultRoleSessionName() -> String { "partner-triage-\(Int(services.now().timeIntervalSince1970))" }

    /// A provider that refreshes with the services' windows, wall clock and sleeping clock.
    func refreshing(
        name: String,
        summary: IdentitySummary,
        refreshesInBackground: Bool = true,
        fetch: @escaping @Sendable () async throws -> AWSCredentials
    ) -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(
            name: name,
            summary: summary,
            windows: services.refreshWindows,
            refreshesInBackground: refreshesInBackground,
            now: services.now,
            clock: services.clock,
            fetch: fetch
        )
    }
}
