import AsyncHTTPClient
import Foundation
import Logging
import Synchronization

/// A Partner Central Selling API client for the invitation operations: typed calls, validated before sending,
/// signed anew on every attempt, retried (standard mode) and paced to the service's quotas.
///
/// ```swift
/// let client = try PartnerCentralClient.make(
///     options: ClientOptions(profile: "dev"), environment: ProcessInfo.processInfo.environment,
///     httpClient: httpClient, logger: logger)
/// for try await page in client.engagementInvitationPages(ListEngagementInvitationsRequest(catalog: "Sandbox")) { … }
/// ```
/// Every call throws ``PartnerCentralError`` (or `CancellationError`).
public final class PartnerCentralClient: Sendable {
    /// The resolved settings.
    public let configuration: ClientConfiguration
    let transport: HTTPTransport
    let logger: Logger
    let dependencies: ClientDependencies
    let pacer: RequestPacer?
    /// The write budget shared with this user's other processes, when the configuration names a place for it.
    let sharedWrites: SharedWriteBudget?
    /// The retry token bucket shared by all calls of this client.
    package let retryQuota: RetryQuota
    /// Where attempts and waits are reported, for a status line; `nil` for nowhere.
    let progress: CallProgressObserver?
    /// The last call number handed out, for ``CallProgress/call``.
    let lastCall = Mutex(0)

    /// Creates a client from resolved settings.
    ///
    /// - Parameters:
    ///   - httpClient: owned by the caller, who shuts it down after the last call; see ``httpClientConfiguration(connectTimeout:readTimeout:)``.
    ///   - logger: request diagnostics go here (debug/trace only; secrets never).
    ///   - progress: told of each attempt and of answers slow to come, for a status line or a terminal's stderr.
    public init(
        configuration: ClientConfiguration,
        httpClient: HTTPClient,
        logger: Logger = Logger(label: "partnercentral", factory: { _ in SwiftLogNoOpLogHandler() }),
        dependencies: ClientDependencies = .system,
        progress: CallProgressObserver? = nil
    ) {
        self.configuration = configuration
        self.transport = HTTPTransport(
            client: httpClient,
            attemptTimeout: configuration.attemptTimeout,
            maxResponseBytes: configuration.maxResponseBytes,
            connectTimeout: configuration.connectTimeout
        )
        self.logger = logger
        self.dependencies = dependencies
        self.pacer = configuration.quotas.map { RequestPacer(quotas: $0, clock: dependencies.clock) }
        if let quotas = configuration.quotas, quotas.writesPerSecond > 0,
            let directory = configuration.sharedWriteBudgetDirectory
        {
            // A write's answer comes within one attempt's deadline; a hold older than that belongs to a stopped process.
            self.sharedWrites = SharedWriteBudget(
                directory: directory, interval: 1 / quotas.writesPerSecond,
                holdLimit: configuration.attemptTimeout + 1 / quotas.writesPerSecond)
        } else {
            self.sharedWrites = nil
        }
        self.retryQuota = RetryQuota()
        self.progress = progress
    }

    /// Resolves options against the environment and shared files and creates a client. Nothing is sent.
    ///
    /// `mfaTokenCodePrompter` asks for a role's `mfa_serial` code (`nil` makes such a profile a clear error);
    /// `sharesAWSCLIRoleCache` reads and writes role credentials in the AWS CLI's cache.
    ///
    /// - Throws: ``PartnerCentralError/invalidEndpoint(url:reason:)`` or ``PartnerCentralError/credentials(_:underlying:)``
    ///   (a named profile that does not exist, partial keys, no credentials at all).
    public static func make(
        options: ClientOptions,
        environment: [String: String],
        httpClient: HTTPClient,
        logger: Logger = Logger(label: "partnercentral", factory: { _ in SwiftLogNoOpLogHandler() }),
        dependencies: ClientDependencies = .system,
        processRunner: any ProcessRunner = SubprocessRunner(),
        mfaTokenCodePrompter: MFATokenCodePrompter? = nil,
        sharesAWSCLIRoleCache: Bool = false,
        progress: CallProgressObserver? = nil
    ) throws(PartnerCentralError) -> PartnerCentralClient {
        let services = CredentialServices(
            now: dependencies.now,
            processRunner: processRunner,
            httpClient: httpClient,
            logger: logger,
            mfaTokenCodePrompter: mfaTokenCodePrompter,
            sharesAWSCLIRoleCache: sharesAWSCLIRoleCache
        )
        let configuration = try ClientConfiguration.resolve(
            options: options,
            environment: environment,
            services: services
        )
        return PartnerCentralClient(
            configuration: configuration,
            httpClient: httpClient,
            logger: logger,
            dependencies: dependencies,
            progress: progress
        )
    }

    /// An AsyncHTTPClient configuration for this service: connect timeout (5 s), read timeout, TLS verified (the
    /// default trust roots), redirects refused.
    public static func httpClientConfiguration(connectTimeout: Double = 5, readTimeout: Double = 30)
        -> HTTPClient.Configuration
    {
        var configuration = HTTPClient.Configuration()
        configuration.timeout = HTTPClient.Configuration.Timeout(
            connect: .nanoseconds(Int64(connectTimeout * 1e9)),
            read: .nanoseconds(Int64(readTimeout * 1e9))
        )
        // AsyncHTTPClient would otherwise retry a failed connect behind our back until the connect timeout, so a
        // refused port took 5 s per attempt; the client's own retry policy decides instead (briefly, see RetryPolicy).
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        return configuration
    }
}
