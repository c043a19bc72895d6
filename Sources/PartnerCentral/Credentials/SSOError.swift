import Foundation

/// A failure to get credentials through IAM Identity Center (SSO).
public enum SSOError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// There is no usable token (none cached, expired and not refreshable, or refused by the portal).
    ///
    /// The message ends in the one line the user needs: `aws sso login --profile NAME`.
    case loginRequired(profile: String, reason: String)
    /// The profile or its `sso-session` section is incomplete or inconsistent.
    case invalidConfiguration(profile: String, detail: String)
    /// The cache file exists but cannot be read or written.
    case unreadableTokenCache(path: String, detail: String)
    /// The portal or OIDC service answered with an error other than "unauthorized".
    case service(code: String, message: String, httpStatus: Int)
    /// The service answered with something that is not the documented JSON.
    case malformedResponse(String)
    /// The portal or OIDC service could not be reached; `endpoint` says where it was looked for.
    case unreachable(endpoint: String, detail: String)

    /// The command that creates a new token for `profile`.
    public static func loginCommand(profile: String) -> String { "aws sso login --profile \(profile)" }

    public var description: String {
        switch self {
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

    public var errorDescription: String? { description }
}
