import Foundation

/// A failure of an STS call (`AssumeRole`, `AssumeRoleWithWebIdentity`).
public enum STSError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// STS answered with an `ErrorResponse` (e.g. `AccessDenied`, `ExpiredTokenException`).
    case service(code: String, message: String, httpStatus: Int)
    /// STS answered with something that is not the documented XML.
    case malformedResponse(String)
    /// STS could not be reached (DNS, connection refused, timeout); `endpoint` says where it was looked for.
    case unreachable(endpoint: String, detail: String)

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
        case .unreachable(let endpoint, let detail):
            return "STS at \(endpoint) could not be reached (\(detail)). Check the network, the region, or "
                + "AWS_ENDPOINT_URL_STS."
        }
    }

    public var errorDescription: String? { description }
}
