import Foundation

/// Every way a Partner Central call can fail, with a one-line message that says what to do.
///
/// Service errors carry an ``ErrorContext`` (operation, catalog, invitation id, the service's code, message and
/// request id). Local failures (invalid input, a refused endpoint, missing credentials) mean nothing was sent.
/// No case ever holds a secret key, session token or signature.
public enum PartnerCentralError: Error, Sendable {
    /// `ThrottlingException` (or another throttling code): too many requests.
    case throttling(ErrorContext)
    /// `AccessDeniedException`, with the model's `Reason`.
    case accessDenied(ErrorContext, reason: AccessDeniedExceptionErrorCode?)
    /// `InternalServerException`: a fault on the service's side.
    case internalServer(ErrorContext)
    /// `ValidationException` from the service, with `Reason` and `ErrorList`.
    case validation(ErrorContext, reason: ValidationExceptionReason?, issues: [ValidationIssue])
    /// `ResourceNotFoundException`.
    case resourceNotFound(ErrorContext)
    /// `ConflictException`: the resource's state does not allow the change.
    case conflict(ErrorContext)
    /// `ServiceQuotaExceededException`.
    case serviceQuotaExceeded(ErrorContext)
    /// The service did not accept the credentials or signature (`UnrecognizedClientException`,
    /// `InvalidSignatureException`, `ExpiredTokenException`, …).
    case authentication(ErrorContext)
    /// Any other error the service returned (an unmodelled code, or a bare HTTP error status).
    case service(ErrorContext)
    /// The request did not complete: no connection, a dropped connection, a timeout or a TLS failure.
    case transport(TransportFailure, ErrorContext)
    /// The service answered with something that is not a valid response (malformed JSON, a missing field).
    case invalidResponse(ErrorContext, detail: String)
    /// The input broke the model's constraints; nothing was sent.
    case invalidRequest(ErrorContext, issues: [ValidationIssue])
    /// The endpoint URL was refused before connecting (plain HTTP to a non-loopback host, a malformed URL).
    case invalidEndpoint(url: String, reason: String)
    /// Credentials could not be obtained; nothing was sent.
    case credentials(ErrorContext, underlying: any Error & Sendable)
}

/// How a request failed to complete.
public enum TransportFailure: Error, Sendable, Hashable {
    /// No connection could be made: refused, an unknown host name, no route, or the connect timeout ran out.
    case cannotConnect(ConnectFailure)
    /// The connection closed before a full response arrived (`detail` is this client's own sentence).
    case connection(detail: String)
    /// Connected, but no complete answer came within the attempt's deadline (`seconds`, `--attempt-timeout`).
    case timeout(seconds: Double?)
    /// TLS negotiation or certificate verification failed.
    case tls(detail: String)
    /// The response body was larger than the client accepts.
    case responseTooLarge(limit: Int)
}

/// What is known about the request an error belongs to, and what the service said.
public struct ErrorContext: Sendable, Hashable {
    /// The operation.
    public var operation: Operation?
    /// The catalog (`AWS`, `Sandbox`) of the request.
    public var catalog: String?
    /// The invitation or task id the request was about.
    public var identifier: String?
    /// The service's error code, namespace stripped (`ConflictException`).
    public var code: String?
    /// The service's message (untrusted text).
    public var serviceMessage: String?
    /// `x-amzn-RequestId`.
    public var requestId: String?
    /// The HTTP status.
    public var statusCode: Int?
    /// `x-amz-retry-after`, in seconds, when the service sent it.
    public var retryAfter: Double?
    /// The endpoint host (with its port when not the scheme's default), for transport messages.
    public var host: String?
    /// How many attempts the call made before it failed (`nil` when nothing was sent).
    public var attempts: Int?
    /// Seconds from the call's start to its failure, measured on the client's monotonic clock.
    public var elapsed: Double?

    /// Creates a context.
    public init(
        operation: Operation? = nil,
        catalog: String? = nil,
        identifier: String? = nil,
        code: String? = nil,
        serviceMessage: String? = nil,
        requestId: String? = nil,
        statusCode: Int? = nil,
        retryAfter: Double? = nil,
        host: String? = nil,
        attempts: Int? = nil,
        elapsed: Double? = nil
    ) {
        self.operation = operation
        self.catalog = catalog
        self.identifier = identifier
        self.code = code
        self.serviceMessage = serviceMessage
        self.requestId = requestId
        self.statusCode = statusCode
        self.retryAfter = retryAfter
        self.host = host
        self.attempts = attempts
        self.elapsed = elapsed
    }
}
