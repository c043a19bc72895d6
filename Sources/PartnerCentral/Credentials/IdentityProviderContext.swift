import AsyncHTTPClient
import Foundation

/// What the role, web identity and SSO providers need, built by the identity factory from the chain's context.
struct IdentityProviderContext: Sendable {
    /// The process's HTTP client (owned and shut down by the executable).
    var httpClient: HTTPClient
    /// The environment: endpoint overrides, `HOME`, web identity variables, `credential_source = Environment` keys.
    var environment: [String: String]
    /// The clock.
    var now: @Sendable () -> Date
    /// The region STS calls go to (the client's: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's
    /// `region`); `nil` means the global endpoint.
    var region: String?
    /// The AWS CLI's SSO token cache directory; defaults to `$HOME/.aws/sso/cache`.
    var ssoTokenCacheDirectory: URL?
    /// When temporary credentials (and SSO tokens) are refreshed.
    var refreshWindows: RefreshingCredentialsWindows
    /// Asks for MFA codes; without it a profile with `mfa_serial` fails with a clear error.
    var mfaTokenCodePrompter: MFATokenCodePrompter?
    /// What background refresh tasks sleep on; a `TestClock` in tests.
    var clock: any Clock<Duration>
    /// Per-call timeout for STS and SSO calls, in seconds.
    var timeout: TimeInterval
    /// Where STS and IAM Identity Center calls go when the user configured endpoints (environment or shared config).
    var configuredEndpoints: ConfiguredEndpoints
    /// The AWS CLI's assumed-role cache, shared with it; `nil` keeps role credentials in memory only.
    var assumeRoleCache: AssumeRoleCache?

    /// Creates a context.
    init(
        httpClient: HTTPClient,
        environment: [String: String],
        now: @escaping @Sendable () -> Date,
        region: String? = nil,
        ssoTokenCacheDirectory: URL? = nil,
        refreshWindows: RefreshingCredentialsWindows = .standard,
        mfaTokenCodePrompter: MFATokenCodePrompter? = nil,
        clock: any Clock<Duration> = ContinuousClock(),
        timeout: TimeInterval = 30,
        configuredEndpoints: ConfiguredEndpoints? = nil,
        assumeRoleCache: AssumeRoleCache? = nil
    ) {
        self.httpClient = httpClient
        self.environment = environment
        self.now = now
        self.region = region
        self.ssoTokenCacheDirectory = ssoTokenCacheDirectory
        self.refreshWindows = refreshWindows
        self.mfaTokenCodePrompter = mfaTokenCodePrompter
        self.clock = clock
        self.timeout = timeout
        self.configuredEndpoints = configuredEndpoints ?? ConfiguredEndpoints(environment: environment)
        self.assumeRoleCache = assumeRoleCache
    }

    var http: IdentityHTTP { IdentityHTTP(client: httpClient, timeout: timeout) }

    var stsClient: STSClient {
        STSClient(
            http: http,
            endpoint: STSEndpoint.resolve(region: region, endpoints: configuredEndpoints),
            signingRegion: STSEndpoint.signingRegion(region),
            now: now
        )
    }

    /// The SSO token cache, or `nil` when neither a directory nor `HOME` is known.
    var ssoTokenCache: SSOTokenCache? {
        if let ssoTokenCacheDirectory { return SSOTokenCache(directory: ssoTokenCacheDirectory) }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return SSOTokenCache(directory: SSOTokenCache.defaultDirectory(home: URL(fileURLWithPath: home)))
    }

    /// A session name for STS when the profile names none: `partner-triage-<epoch seconds>` (botocore's pattern).
    func defaultRoleSessionName() -> String { "partner-triage-\(Int(now().timeIntervalSince1970))" }

    func refreshing(
        name: String,
        summary: IdentitySummary,
        refreshesInBackground: Bool = true,
        fetch: @escaping @Sendable () async throws -> AWSCredentials
    ) -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(
            name: name,
            summary: summary,
            windows: refreshWindows,
            refreshesInBackground: refreshesInBackground,
            now: now,
            clock: clock,
            fetch: fetch
        )
    }
}
