import Foundation

/// A client's resolved settings: where to send, as whom, and how hard to try.
public struct ClientConfiguration: Sendable {
    /// The endpoint.
    public var endpoint: Endpoint
    /// The signing region.
    public var region: String
    /// Where credentials come from (asked again before every attempt).
    public var credentialProvider: any CredentialProvider
    /// Retries.
    public var retryPolicy: RetryPolicy
    /// Pacing; `nil` for none.
    public var quotas: RequestPacer.Quotas?
    /// Seconds per attempt.
    public var attemptTimeout: Double
    /// Seconds to establish a connection, as configured on the HTTP client (for messages).
    public var connectTimeout: Double
    /// The largest response body accepted.
    public var maxResponseBytes: Int
    /// Log diagnostics at debug instead of trace.
    public var debug: Bool
    /// A short description of the identity used (`profile dev`, `environment`), for status lines; no secrets.
    public var identityDescription: String
    /// The partner account the credentials act in, where it is known without a call: an SSO profile's account,
    /// the account in a role's ARN, or the one an access key id encodes; for audit lines.
    public var accountID: String? {
        if let refreshing = credentialProvider as? RefreshingCredentialProvider,
            let account = refreshing.summary?.accountId
        {
            return account
        }
        if let keys = credentialProvider as? StaticCredentialProvider {
            return AccessKeyAccount.accountID(of: keys.value.accessKeyId)
        }
        return nil
    }
    /// Where the write budget shared with this user's other processes is kept (one slot file per access key and
    /// endpoint); `nil` paces writes within this process only.
    public var sharedWriteBudgetDirectory: URL?

    /// Creates a configuration.
    public init(
        endpoint: Endpoint,
        region: String = "us-east-1",
        credentialProvider: any CredentialProvider,
        retryPolicy: RetryPolicy = .standard,
        quotas: RequestPacer.Quotas? = .partnerCentralWithHeadroom,
        attemptTimeout: Double = 30,
        connectTimeout: Double = 5,
        maxResponseBytes: Int = 16 * 1024 * 1024,
        debug: Bool = false,
        identityDescription: String? = nil,
        sharedWriteBudgetDirectory: URL? = nil
    ) {
        self.endpoint = endpoint
        self.region = region
        self.credentialProvider = credentialProvider
        self.retryPolicy = retryPolicy
        self.quotas = quotas
        self.attemptTimeout = attemptTimeout
        self.connectTimeout = connectTimeout
        self.maxResponseBytes = maxResponseBytes
        self.debug = debug
        self.identityDescription = identityDescription ?? credentialProvider.description
        self.sharedWriteBudgetDirectory = sharedWriteBudgetDirectory
    }

    /// Resolves options against the environment and the shared files: endpoint, region, credentials, retries.
    ///
    /// Nothing is sent and no credential process runs here; a bad endpoint or a missing profile fails now.
    /// - Throws: ``PartnerCentralError/invalidEndpoint(url:reason:)`` or ``PartnerCentralError/credentials(_:underlying:)``.
    public static func resolve(
        options: ClientOptions,
        environment: [String: String],
        services: CredentialServices,
        chain: CredentialChain = .standard,
        readFile: (String) throws -> String? = AWSSharedConfig.readFileIfPresent
    ) throws(PartnerCentralError) -> ClientConfiguration {
        let shared: AWSSharedConfig
        do { shared = try AWSSharedConfig.load(environment: environment, readFile: readFile) } catch {
            let host = (try? Endpoint.resolve(explicit: options.endpointURL, environment: environment))?.host
            throw .credentials(ErrorContext(host: host ?? Endpoint.defaultHost), underlying: error)
        }
        let profileName = options.profile ?? CredentialChain.environmentProfile(environment) ?? "default"
        let profile = shared.profile(named: profileName)
        // Endpoints configured in the shared files count as well, in botocore's order, after --endpoint-url.
        let configured: ConfiguredEndpoints
        do { configured = try ConfiguredEndpoints(environment: environment, config: shared, profile: profile) } catch {
            throw .credentials(ErrorContext(host: Endpoint.defaultHost), underlying: error)
        }
        let endpoint = try Endpoint.resolve(explicit: options.endpointURL, configured: configured)
        // The AWS CLI's session region: role and web identity profiles call STS there.
        let region = RegionResolver.resolve(explicit: options.region, environment: environment, profile: profile)
        let provider: any CredentialProvider
        do {
            provider = try chain.resolve(
                explicitProfile: options.profile,
                environment: environment,
                config: shared,
                services: services,
                region: region
            )
        } catch {
            throw .credentials(ErrorContext(host: endpoint.host), underlying: error)
        }
        let identity: String
        if let refreshing = provider as? RefreshingCredentialProvider, let summary = refreshing.summary {
            // Role, web identity and SSO profiles: the role (or SSO role) and account as well (issue 5's header).
            identity = summary.description
        } else if let explicit = options.profile {
            identity = "profile \(explicit)"
        } else if provider is StaticCredentialProvider, (provider as? StaticCredentialProvider)?.source == "environment"
        {
            identity = "environment credentials"
        } else {
            identity = "profile \(profileName)"
        }
        return ClientConfiguration(
            endpoint: endpoint,
            // STS used `region`; the service's own endpoint is signed for us-east-1 (see signingRegion).
            region: RegionResolver.signingRegion(resolved: region, endpoint: endpoint),
            credentialProvider: provider,
            retryPolicy: options.retryPolicy ?? RetryPolicy.resolve(environment: environment, profile: profile),
            quotas: options.quotas,
            attemptTimeout: options.attemptTimeout,
            connectTimeout: options.connectTimeout,
            maxResponseBytes: options.maxResponseBytes,
            debug: options.debug,
            identityDescription: identity,
            sharedWriteBudgetDirectory: options.quotas == nil
                ? nil : SharedWriteBudget.directory(environment: environment)
        )
    }
}
