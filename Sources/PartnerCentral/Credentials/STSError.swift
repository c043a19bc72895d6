import Foundation

/// A failure of an STS call (`AssumeRole`, `AssumeRoleWithWebIdentity`).
public enum STSError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// STS answered with an `ErrorResponse` (e.g. `AccessDenied`, `ExpiredTokenException`).
    case service(code: String, message: String, httpStatus: Int)
    /// STS answered with something that is not the documented XML.
    case malformedResponse(String)

    /// The service's error code, when STS sent one.
    public var code: String? {
        if case .service(let code, _, _) = self { return code }
        return nil
    }

    public var description: String {
        switch self {
        case .service(let code, let message, let status):
            return "STS refused the request (\(status) \(code)): \(message)"
        case .malformedResponse(let detail):
            return detail
        }
    }

    public var errorDescription: String? { description }
}
