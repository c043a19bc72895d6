import Foundation

/// A failure to get credentials through IAM Identity Center (SSO).
///
/// Decide on a failure by its ``code`` (`error.code == .loginRequired`). New codes may be added without breaking
/// callers, so a `switch` over codes needs a `default`.
public struct SSOError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// What kind of failure an error is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// There is no usable token (none cached, expired and not refreshable, or refused by the portal).
        public static let loginRequired = Code("loginRequired")
        /// The profile or its `sso-session` section is incomplete or inconsistent.
        public static let invalidConfiguration = Code("invalidConfiguration")
        /// The cache file exists but cannot be read or written.
        public static let unreadableTokenCache = Code("unreadableTokenCache")
        /// The portal or OIDC service answered with an error other than "unauthorized".
        public static let service = Code("service")
        /// The service answered with something that is not the documented JSON.
        public static let malformedResponse = Code("malformedResponse")
        /// The portal or OIDC service could not be reached.
        public static let unreachable = Code("unreachable")

        /// The code's name.
        public var description: String { name }
    }

    private enum Base: Equatable, Sendable {
        case loginRequired(profile: String, reason: String)
        case invalidConfiguration(profile: String, detail: String)
        case unreadableTokenCache(path: String, detail: String)
        case service(code: String, message: String, httpStatus: Int)
        case malformedResponse(String)
        case unreachable(endpoint: String, detail: String)
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// There is no usable token; the message ends in the one line the user needs: `aws sso login --profile NAME`.
    public static func loginRequired(profile: String, reason: String) -> Self {
        Self(.loginRequired(profile: profile, reason: reason))
    }

    /// The profile or its `sso-session` section is incomplete or inconsistent.
    public static func invalidConfiguration(profile: String, detail: String) -> Self {
        Self(.invalidConfiguration(profile: profile, detail: detail))
    }

    /// The cache file at `path` exists but cannot be read or written.
    public static func unreadableTokenCache(path: String, detail: String) -> Self {
        Self(.unreadableTokenCache(path: path, detail: detail))
    }

    /// The portal or OIDC service answered with an error other than "unauthorized".
    public static func service(code: String, message: String, httpStatus: Int) -> Self {
        Self(.service(code: code, message: message, httpStatus: httpStatus))
    }

    /// The service answered with something that is not the documented JSON.
    public static func malformedResponse(_ detail: String) -> Self { Self(.malformedResponse(detail)) }

    /// The portal or OIDC service could not be reached; `endpoint` says where it was looked for.
    public static func unreachable(endpoint: String, detail: String) -> Self {
        Self(.unreachable(endpoint: endpoint, detail: detail))
    }

    /// The command that creates a new token for `profile`.
    public static func loginCommand(profile: String) -> String { "aws sso login --profile \(profile)" }

    /// What kind of failure this is.
    public var code: Code {
        switch base {
        case .loginRequired: .loginRequired
        case .invalidConfiguration: .invalidConfiguration
        case .unreadableTokenCache: .unreadableTokenCache
        case .service: .service
        case .malformedResponse: .malformedResponse
        case .unreachable: .unreachable
        }
    }

    /// For ``Code/loginRequired`` and ``Code/invalidConfiguration``: the profile.
    public var profile: String? {
        switch base {
        case .loginRequired(let profile, _), .invalidConfiguration(let profile, _): profile
        default: nil
        }
    }

    /// For ``Code/unreadableTokenCache``: the cache file.
    public var path: String? {
        if case .unreadableTokenCache(let path, _) = base { return path }
        return nil
    }

    /// For ``Code/unreachable``: where the service was looked for.
    public var endpoint: String? {
        if case .unreachable(let endpoint, _) = base { return endpoint }
        return nil
    }

    /// For ``Code/service``: the service's error code.
    public var serviceCode: String? {
        if case .service(let code, _, _) = base { return code }
        return nil
    }

    /// Why it failed, without the advice the ``description`` adds (the reason, detail or service message).
    public var detail: String {
        switch base {
        case .loginRequired(_, let text), .invalidConfiguration(_, let text), .unreadableTokenCache(_, let text),
            .malformedResponse(let text), .unreachable(_, let text):
            text
        case .service(_, let message, _): message
        }
    }

    /// The message: what failed and what to do.
    public var description: String {
        switch base {
        case .loginRequired(let profile, let reason):
            return "The SSO session for profile \"\(profile)\" \(reason). To sign in again, run: "
                + SSOError.loginCommand(profile: profile)
        case .invalidConfiguration(let profile, let detail):
            return "The profile \"\(profile)\" is configured for SSO but \(detail)."
        case .unreadableTokenCache(let path, let detail):
            return "The SSO token cache file \(path) cannot be used: \(detail)."
        case .service(let code, let message, let status):
            return "IAM Identity Center refused the request (\(status) \(code)): \(message)"
        case .malformedResponse(let detail):
            return detail
        case .unreachable(let endpoint, let detail):
            return "IAM Identity Center at \(endpoint) could not be reached (\(detail)). Check the network, "
                + "sso_region, or AWS_ENDPOINT_URL_SSO / AWS_ENDPOINT_URL_SSO_OIDC."
        }
    }

    /// The same as ``description``.
    public var errorDescription: String? { description }
}
