import Foundation

/// How the emulator's identity side (STS, SSO portal, SSO OIDC) behaves.
public struct IdentityConfiguration: Sendable {
    /// An SSO access token the portal accepts, as if `aws sso login` had created it.
    public struct SeededAccessToken: Sendable, Hashable {
        /// The bearer token.
        public var token: String
        /// When it stops working.
        public var expiresAt: Date

        /// Creates a seeded token.
        public init(token: String, expiresAt: Date) {
            self.token = token
            self.expiresAt = expiresAt
        }
    }

    /// A registered OIDC client and a refresh token it may redeem with `CreateToken`.
    public struct SeededRefreshToken: Sendable, Hashable {
        /// The refresh token.
        public var refreshToken: String
        /// The client the token belongs to.
        public var clientId: String
        /// The client's secret.
        public var clientSecret: String

        /// Creates a seeded refresh token.
        public init(refreshToken: String, clientId: String, clientSecret: String) {
            self.refreshToken = refreshToken
            self.clientId = clientId
            self.clientSecret = clientSecret
        }
    }

    /// Lifetime of every temporary credential issued; `nil` uses the request's `DurationSeconds` (default 1 hour).
    /// Tests set a few seconds to watch credentials expire and be refreshed.
    public var credentialLifetime: TimeInterval?
    /// Lifetime of access tokens issued by `CreateToken`.
    public var accessTokenLifetime: TimeInterval
    /// Web identity tokens `AssumeRoleWithWebIdentity` accepts; empty accepts any non-empty token.
    public var webIdentityTokens: Set<String>
    /// The MFA code each device serial expects; a device not listed accepts any six digits.
    public var mfaCodes: [String: String]
    /// SSO access tokens accepted from the start.
    public var accessTokens: [SeededAccessToken]
    /// Refresh tokens accepted from the start.
    public var refreshTokens: [SeededRefreshToken]

    /// Creates a configuration.
    public init(
        credentialLifetime: TimeInterval? = nil,
        accessTokenLifetime: TimeInterval = 8 * 3600,
        webIdentityTokens: Set<String> = [],
        mfaCodes: [String: String] = [:],
        accessTokens: [SeededAccessToken] = [],
        refreshTokens: [SeededRefreshToken] = []
    ) {
        self.credentialLifetime = credentialLifetime
        self.accessTokenLifetime = accessTokenLifetime
        self.webIdentityTokens = webIdentityTokens
        self.mfaCodes = mfaCodes
        self.accessTokens = accessTokens
        self.refreshTokens = refreshTokens
    }
}
