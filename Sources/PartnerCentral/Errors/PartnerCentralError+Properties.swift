import Foundation

extension PartnerCentralError {
    /// The context of the failed request (empty for ``invalidEndpoint(url:reason:)``).
    public var context: ErrorContext {
        switch self {
        case .throttling(let c), .accessDenied(let c, _), .internalServer(let c), .validation(let c, _, _),
            .resourceNotFound(let c), .conflict(let c), .serviceQuotaExceeded(let c), .authentication(let c),
            .service(let c), .transport(_, let c), .invalidResponse(let c, _), .invalidRequest(let c, _),
            .credentials(let c, _):
            return c
        case .invalidEndpoint:
            return ErrorContext()
        }
    }

    /// The service's error code; for failures that never reached the service, a descriptive code of this client
    /// (`ConnectionError`, `RequestTimeout`, `TLSError`, `InvalidResponse`, `InvalidInput`, `InvalidEndpoint`,
    /// `CredentialsError`), so audit records always say what happened.
    public var code: String? {
        switch self {
        case .transport(.connection, _), .transport(.cannotConnect, _): return "ConnectionError"
        case .transport(.timeout, _): return "RequestTimeout"
        case .transport(.tls, _): return "TLSError"
        case .transport(.responseTooLarge, _): return "ResponseTooLarge"
        case .invalidResponse(let c, _): return c.code ?? "InvalidResponse"
        case .invalidRequest: return "InvalidInput"
        case .invalidEndpoint: return "InvalidEndpoint"
        case .credentials: return "CredentialsError"
        case .throttling(let c): return c.code ?? "ThrottlingException"
        case .accessDenied(let c, _): return c.code ?? "AccessDeniedException"
        case .internalServer(let c): return c.code ?? "InternalServerException"
        case .validation(let c, _, _): return c.code ?? "ValidationException"
        case .resourceNotFound(let c): return c.code ?? "ResourceNotFoundException"
        case .conflict(let c): return c.code ?? "ConflictException"
        case .serviceQuotaExceeded(let c): return c.code ?? "ServiceQuotaExceededException"
        case .authentication(let c), .service(let c): return c.code ?? c.statusCode.map { "HTTP\($0)" }
        }
    }

    /// `x-amzn-RequestId` of the failed attempt, when the service answered.
    public var requestId: String? { context.requestId }

    /// Whether nothing reached the service (invalid input, refused endpoint, no credentials).
    public var nothingSent: Bool {
        switch self {
        case .invalidRequest, .invalidEndpoint, .credentials: return true
        default: return false
        }
    }

    /// Whether the service (or network) failed rather than the caller's input: the CLI's exit status 1 vs 2.
    public var isInputError: Bool {
        switch self {
        case .invalidRequest, .invalidEndpoint: return true
        default: return false
        }
    }

    /// The error with the call's attempts and elapsed seconds recorded, for a transport failure's message.
    func recording(attempts: Int, elapsed: Double) -> PartnerCentralError {
        guard case .transport(let failure, var context) = self else { return self }
        context.attempts = attempts
        context.elapsed = elapsed
        return .transport(failure, context)
    }
}
