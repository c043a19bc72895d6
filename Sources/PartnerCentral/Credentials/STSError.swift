import Foundation

/// A failure of an STS call (`AssumeRole`, `AssumeRoleWithWebIdentity`).
public struct STSError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// What kind of failure an error is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// STS answered with an `ErrorResponse` (e.g. `AccessDenied`, `ExpiredTokenException`).
        public static let service = Code("service")
        /// STS answered with something that is not the documented XML.
        public static let malformedResponse = Code("malformedResponse")
        /// STS could not be reached (DNS, connection refused, timeout); `endpoint` says where it was looked for.
        public static let unreachable = Code("unreachable")

        /// The code's name.
        public var description: String { name }
    }

    private enum Base: Equatable, Sendable {
        /// STS answered with an `ErrorResponse` (e.g. `AccessDenied`, `ExpiredTokenException`).
        case service(code: String, message: String, httpStatus: Int)
        /// STS answered with something that is not the documented XML.
        case malformedResponse(String)
        /// STS could not be reached (DNS, connection refused, timeout); `endpoint` says where it was looked for.
        case unreachable(endpoint: String, detail: String)
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// What kind of failure this is.
    public var code: Code {
        switch base {
        case .service: .service
        case .malformedResponse: .malformedResponse
        case .unreachable: .unreachable
        }
    }

    /// STS answered with an `ErrorResponse` (e.g. `AccessDenied`, `ExpiredTokenException`).
    public static func service(code: String, message: String, httpStatus: Int) -> Self {
        Self(.service(code: code, message: message, httpStatus: httpStatus))
    }

    /// STS answered with something that is not the documented XML.
    public static func malformedResponse(_ value: String) -> Self { Self(.malformedResponse(value)) }

    /// STS could not be reached (DNS, connection refused, timeout); `endpoint` says where it was looked for.
    public static func unreachable(endpoint: String, detail: String) -> Self {
        Self(.unreachable(endpoint: endpoint, detail: detail))
    }

    /// The service's error code (`AccessDenied`, `ExpiredTokenException`), when STS sent one.
    public var serviceCode: String? {
        if case .service(let code, _, _) = base { return code }
        return nil
    }

    /// For ``Code/unreachable``: the endpoint STS was looked for at.
    public var endpoint: String? {
        if case .unreachable(let endpoint, _) = base { return endpoint }
        return nil
    }

    /// The message: what failed and what to fix.
    public var description: String {
        switch base {
        case .service(let code, let message, let status):
            return "STS refused the request (\(status) \(code)): \(message)"
        case .malformedResponse(let detail):
            return detail
        case .unreachable(let endpoint, let detail):
            return "STS at \(endpoint) could not be reached (\(detail)). Check the network, the region, or "
                + "AWS_ENDPOINT_URL_STS."
        }
    }

    /// The same as ``description``.
    public var errorDescription: String? { description }
}
