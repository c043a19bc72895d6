import Foundation

extension PartnerCentralError {
    /// The service's error code; for failures that never reached the service, a descriptive code of this client
    /// (`ConnectionError`, `RequestTimeout`, `TLSError`, `InvalidResponse`, `InvalidInput`, `InvalidEndpoint`,
    /// `CredentialsError`), so audit records always say what happened.
    public var errorCode: String? {
        let c = context
        switch code {
        case .transport:
            switch transportFailure?.base {
            case .connection, .cannotConnect, nil: return "ConnectionError"
            case .timeout: return "RequestTimeout"
            case .tls: return "TLSError"
            case .responseTooLarge: return "ResponseTooLarge"
            }
        case .invalidResponse: return c.code ?? "InvalidResponse"
        case .invalidRequest: return "InvalidInput"
        case .invalidEndpoint: return "InvalidEndpoint"
        case .credentials: return "CredentialsError"
        case .throttling: return c.code ?? "ThrottlingException"
        case .accessDenied: return c.code ?? "AccessDeniedException"
        case .internalServer: return c.code ?? "InternalServerException"
        case .validation: return c.code ?? "ValidationException"
        case .resourceNotFound: return c.code ?? "ResourceNotFoundException"
        case .conflict: return c.code ?? "ConflictException"
        case .serviceQuotaExceeded: return c.code ?? "ServiceQuotaExceededException"
        default: return c.code ?? c.statusCode.map { "HTTP\($0)" }
        }
    }

    /// `x-amzn-RequestId` of the failed attempt, when the service answered.
    public var requestId: String? { context.requestId }

    /// Whether nothing reached the service (invalid input, refused endpoint, no credentials).
    public var nothingSent: Bool {
        code == .invalidRequest || code == .invalidEndpoint || code == .credentials
    }

    /// Whether the service (or network) failed rather than the caller's input: the CLI's exit status 1 vs 2.
    public var isInputError: Bool {
        code == .invalidRequest || code == .invalidEndpoint
    }

    /// The error with the call's attempts and elapsed seconds recorded, for a transport failure's message.
    func recording(attempts: Int, elapsed: Double) -> PartnerCentralError {
        guard code == .transport else { return self }
        var error = self
        error.context.attempts = attempts
        error.context.elapsed = elapsed
        return error
    }
}
