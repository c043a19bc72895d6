/// What the command line (or another program) chooses for a client; everything else comes from the environment.
public struct ClientOptions: Sendable, Hashable {
    /// `--profile`: beats the environment's keys, like the AWS CLI.
    public var profile: String?
    /// `--region`.
    public var region: String?
    /// `--endpoint-url`.
    public var endpointURL: String?
    /// `--debug`: log request diagnostics (method, target, canonical request, string to sign; secrets redacted) at
    /// `debug` level instead of `trace`.
    public var debug: Bool
    /// Seconds to establish a connection (applied by ``PartnerCentralClient/httpClientConfiguration(connectTimeout:readTimeout:)``).
    public var connectTimeout: Double
    /// Seconds one attempt may take, from sending to the last byte of the response.
    public var attemptTimeout: Double
    /// The largest response body accepted.
    public var maxResponseBytes: Int
    /// The retry policy; `nil` resolves `AWS_MAX_ATTEMPTS`/`max_attempts`/3.
    public var retryPolicy: RetryPolicy?
    /// Client-side pacing; `nil` turns it off.
    public var quotas: RequestPacer.Quotas?

    /// Creates options.
    public init(
        profile: String? = nil,
        region: String? = nil,
        endpointURL: String? = nil,
        debug: Bool = false,
        connectTimeout: Double = 5,
        attemptTimeout: Double = 30,
        maxResponseBytes: Int = 16 * 1024 * 1024,
        retryPolicy: RetryPolicy? = nil,
        quotas: RequestPacer.Quotas? = .partnerCentralWithHeadroom
    ) {
        self.profile = profile
        self.region = region
        self.endpointURL = endpointURL
        self.debug = debug
        self.connectTimeout = connectTimeout
        self.attemptTimeout = attemptTimeout
        self.maxResponseBytes = maxResponseBytes
        self.retryPolicy = retryPolicy
        self.quotas = quotas
    }
}
