import Foundation

/// Every way a Partner Central call can fail, with a one-line message that says what to do.
///
/// Decide on a failure by its ``code`` (`error.code == .throttling`); the payload properties hold what a failure of
/// that code carries. New codes may be added without breaking callers, so a `switch` over codes needs a `default`.
///
/// Service errors carry an ``ErrorContext`` (operation, catalog, invitation id, the service's code, message and
/// request id). Local failures (invalid input, a refused endpoint, missing credentials) mean nothing was sent.
/// No error ever holds a secret key, session token or signature.
public struct PartnerCentralError: Error, Sendable {
    /// What kind of failure an error is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case throttling, accessDenied, internalServer, validation, resourceNotFound, conflict
            case serviceQuotaExceeded, authentication, service, transport, invalidResponse, invalidRequest
            case invalidEndpoint, credentials
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// `ThrottlingException` (or another throttling code): too many requests.
        public static let throttling = Code(.throttling)
        /// `AccessDeniedException`, with the model's `Reason` in ``PartnerCentralError/accessDeniedReason``.
        public static let accessDenied = Code(.accessDenied)
        /// `InternalServerException`: a fault on the service's side.
        public static let internalServer = Code(.internalServer)
        /// `ValidationException` from the service, with ``PartnerCentralError/validationReason`` and
        /// ``PartnerCentralError/issues``.
        public static let validation = Code(.validation)
        /// `ResourceNotFoundException`.
        public static let resourceNotFound = Code(.resourceNotFound)
        /// `ConflictException`: the resource's state does not allow the change.
        public static let conflict = Code(.conflict)
        /// `ServiceQuotaExceededException`.
        public static let serviceQuotaExceeded = Code(.serviceQuotaExceeded)
        /// The service did not accept the credentials or signature (`UnrecognizedClientException`,
        /// `InvalidSignatureException`, `ExpiredTokenException`, …).
        public static let authentication = Code(.authentication)
        /// Any other error the service returned (an unmodelled code, or a bare HTTP error status).
        public static let service = Code(.service)
        /// The request did not complete (see ``PartnerCentralError/transportFailure``).
        public static let transport = Code(.transport)
        /// The service answered with something that is not a valid response (see ``PartnerCentralError/detail``).
        public static let invalidResponse = Code(.invalidResponse)
        /// The input broke the model's constraints (see ``PartnerCentralError/issues``); nothing was sent.
        public static let invalidRequest = Code(.invalidRequest)
        /// The endpoint URL was refused before connecting (see ``PartnerCentralError/endpointURL``).
        public static let invalidEndpoint = Code(.invalidEndpoint)
        /// Credentials could not be obtained (see ``PartnerCentralError/underlying``); nothing was sent.
        public static let credentials = Code(.credentials)

        /// The code's name (`throttling`, `accessDenied`, …).
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public internal(set) var code: Code
    /// What is known about the failed request (empty for ``Code/invalidEndpoint``).
    public internal(set) var context: ErrorContext
    /// For ``Code/accessDenied``: the model's `Reason`, when the service sent one.
    public internal(set) var accessDeniedReason: AccessDeniedExceptionErrorCode?
    /// For ``Code/validation``: the model's `Reason`, when the service sent one.
    public internal(set) var validationReason: ValidationExceptionReason?
    /// For ``Code/validation`` and ``Code/invalidRequest``: the fields that were wrong.
    public internal(set) var issues: [ValidationIssue]
    /// For ``Code/transport``: how the request failed to complete.
    public internal(set) var transportFailure: TransportFailure?
    /// For ``Code/invalidResponse``: what was wrong with the response.
    public internal(set) var detail: String?
    /// For ``Code/invalidEndpoint``: the refused URL.
    public internal(set) var endpointURL: String?
    /// For ``Code/invalidEndpoint``: why the URL was refused.
    public internal(set) var endpointReason: String?
    /// For ``Code/credentials``: the credential provider's error.
    public internal(set) var underlying: (any Error & Sendable)?

    private init(
        _ code: Code,
        _ context: ErrorContext,
        accessDeniedReason: AccessDeniedExceptionErrorCode? = nil,
        validationReason: ValidationExceptionReason? = nil,
        issues: [ValidationIssue] = [],
        transportFailure: TransportFailure? = nil,
        detail: String? = nil,
        endpointURL: String? = nil,
        endpointReason: String? = nil,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.context = context
        self.accessDeniedReason = accessDeniedReason
        self.validationReason = validationReason
        self.issues = issues
        self.transportFailure = transportFailure
        self.detail = detail
        self.endpointURL = endpointURL
        self.endpointReason = endpointReason
        self.underlying = underlying
    }

    /// A ``Code/throttling`` error.
    public static func throttling(_ context: ErrorContext) -> Self { Self(.throttling, context) }

    /// An ``Code/accessDenied`` error with the model's `Reason`.
    public static func accessDenied(_ context: ErrorContext, reason: AccessDeniedExceptionErrorCode?) -> Self {
        Self(.accessDenied, context, accessDeniedReason: reason)
    }

    /// An ``Code/internalServer`` error.
    public static func internalServer(_ context: ErrorContext) -> Self { Self(.internalServer, context) }

    /// A ``Code/validation`` error with the model's `Reason` and `ErrorList`.
    public static func validation(
        _ context: ErrorContext, reason: ValidationExceptionReason?, issues: [ValidationIssue]
    ) -> Self {
        Self(.validation, context, validationReason: reason, issues: issues)
    }

    /// A ``Code/resourceNotFound`` error.
    public static func resourceNotFound(_ context: ErrorContext) -> Self { Self(.resourceNotFound, context) }

    /// A ``Code/conflict`` error.
    public static func conflict(_ context: ErrorContext) -> Self { Self(.conflict, context) }

    /// A ``Code/serviceQuotaExceeded`` error.
    public static func serviceQuotaExceeded(_ context: ErrorContext) -> Self { Self(.serviceQuotaExceeded, context) }

    /// An ``Code/authentication`` error.
    public static func authentication(_ context: ErrorContext) -> Self { Self(.authentication, context) }

    /// A ``Code/service`` error: any other error the service returned.
    public static func service(_ context: ErrorContext) -> Self { Self(.service, context) }

    /// A ``Code/transport`` error: the request did not complete.
    public static func transport(_ failure: TransportFailure, _ context: ErrorContext) -> Self {
        Self(.transport, context, transportFailure: failure)
    }

    /// An ``Code/invalidResponse`` error: the answer could not be read.
    public static func invalidResponse(_ context: ErrorContext, detail: String) -> Self {
        Self(.invalidResponse, context, detail: detail)
    }

    /// An ``Code/invalidRequest`` error: the input broke the model's constraints.
    public static func invalidRequest(_ context: ErrorContext, issues: [ValidationIssue]) -> Self {
        Self(.invalidRequest, context, issues: issues)
    }

    /// An ``Code/invalidEndpoint`` error: the endpoint URL was refused before connecting.
    public static func invalidEndpoint(url: String, reason: String) -> Self {
        Self(.invalidEndpoint, ErrorContext(), endpointURL: url, endpointReason: reason)
    }

    /// A ``Code/credentials`` error: credentials could not be obtained.
    public static func credentials(_ context: ErrorContext, underlying: any Error & Sendable) -> Self {
        Self(.credentials, context, underlying: underlying)
    }
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
