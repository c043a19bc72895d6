/// When to retry a failed attempt: the AWS SDKs' "standard" retry mode.
///
/// Retries throttling, `InternalServerException`, HTTP 500/502/503/504, dropped connections and timeouts; never a
/// 4xx client error. The delay is `random[0,1) × min(2^(attempt−1), 20)` seconds, or the service's
/// `x-amz-retry-after` when it sends one. The decision is a pure function; the random number comes in.
///
/// A connection that is refused, a host name that does not resolve and a host with no route are retried too, as
/// botocore retries its `EndpointConnectionError`, but at most ``maxImmediateConnectAttempts`` times in all and with
/// a short delay (`random × min(0.1 × 2^(attempt−1), 0.4)` s): such a failure comes back in milliseconds and rarely
/// heals within seconds (nothing listens on the port, the name does not exist), so the full backoff only made a
/// typo in `--endpoint-url` cost 16 s. Two quick retries still cover a server that is restarting or a resolver
/// hiccup, and the whole call gives up well under 2 s. A connect *timeout* already took seconds and keeps the normal
/// backoff.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in total, the first included (`AWS_MAX_ATTEMPTS`/`max_attempts`; 3 by default).
    public var maxAttempts: Int
    /// The cap of the exponential part, in seconds.
    public var maxBackoff: Double
    /// The largest `x-amz-retry-after` honoured, in seconds: the SDKs bound it by the maximum backoff, so a service
    /// (or a proxy) cannot make a client wait longer per retry than its own backoff would.
    public var maxRetryAfter: Double

    /// Creates a policy.
    public init(maxAttempts: Int = 3, maxBackoff: Double = 20, maxRetryAfter: Double? = nil) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter ?? maxBackoff
    }

    /// Standard mode with 3 attempts.
    public static let standard = RetryPolicy()
    /// One attempt, no retries.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The policy for an invocation: `AWS_MAX_ATTEMPTS`, else the profile's `max_attempts`, else 3.
    public static func resolve(environment: [String: String], profile: AWSProfile?) -> RetryPolicy {
        for candidate in [environment["AWS_MAX_ATTEMPTS"], profile?["max_attempts"]] {
            if let text = candidate?.trimmingCharacters(in: .whitespaces), let value = Int(text), value >= 1 {
                return RetryPolicy(maxAttempts: value)
            }
        }
        return .standard
    }

    /// What kind of failure an error is, for retrying and for the retry quota's cost.
    public enum RetryableKind: Sendable, Hashable {
        /// Throttling.
        case throttling
        /// A transient server fault or dropped connection.
        case transient
        /// A timeout (costs more quota).
        case timeout
    }

    /// The decision after a failed attempt.
    public enum Decision: Sendable, Hashable {
        /// Wait this many seconds, then try again.
        case retry(after: Double)
        /// Give up and report the error.
        case stop
    }

    /// Decides whether to retry after attempt number `attempt` (1-based) failed with `error`.
    ///
    /// - Parameter random: a number in [0, 1) from the caller's random source.
    public func decision(after error: PartnerCentralError, attempt: Int, random: Double) -> Decision {
        guard attempt < maxAttempts, RetryPolicy.retryableKind(error) != nil else { return .stop }
        if let failure = error.transportFailure?.connectFailure, failure.isImmediate {
            guard attempt < RetryPolicy.maxImmediateConnectAttempts else { return .stop }
            return .retry(after: RetryPolicy.connectBackoff(attempt: attempt, random: random))
        }
        if let retryAfter = error.context.retryAfter, retryAfter.isFinite, retryAfter >= 0 {
            return .retry(after: min(retryAfter, maxRetryAfter))
        }
        return .retry(after: backoff(attempt: attempt, random: random))
    }

    /// `random × min(2^(attempt−1), maxBackoff)`.
    public func backoff(attempt: Int, random: Double) -> Double {
        let exponential = attempt >= 63 ? maxBackoff : min(Double(1 << UInt64(max(0, attempt - 1))), maxBackoff)
        return min(max(random, 0), 1) * exponential
    }

    /// Attempts in all after a refused connection, an unknown host or no route (see the type's discussion).
    public static let maxImmediateConnectAttempts = 3

    /// `random × min(0.1 × 2^(attempt−1), 0.4)` seconds: the wait after an immediate connect failure.
    public static func connectBackoff(attempt: Int, random: Double) -> Double {
        let exponential = min(0.1 * Double(1 << UInt64(min(max(0, attempt - 1), 8))), 0.4)
        return min(max(random, 0), 1) * exponential
    }

    /// The kind of a retryable error; `nil` for errors that must not be retried.
    public static func retryableKind(_ error: PartnerCentralError) -> RetryableKind? {
        switch error.code {
        case .throttling:
            return .throttling
        case .internalServer:
            return .transient
        case .transport:
            switch error.transportFailure?.base {
            case .connection, .cannotConnect(.refused), .cannotConnect(.unknownHost), .cannotConnect(.unreachable):
                return .transient
            case .cannotConnect(.timedOut), .timeout:
                return .timeout
            default:
                return nil
            }
        case .service, .invalidResponse:
            let context = error.context
            if let code = context.code,
                ["RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"].contains(code)
            {
                return .transient
            }
            if let status = context.statusCode, [500, 502, 503, 504].contains(status) { return .transient }
            return nil
        default:
            return nil
        }
    }
}
