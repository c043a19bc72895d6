import Foundation

/// The token `aws sso login` caches in `~/.aws/sso/cache/<sha1>.json`, with the field names the AWS CLI writes.
///
/// Unknown fields are not kept; the CLI ignores them too. `expiresAt` and `registrationExpiresAt` are ISO 8601 text.
package struct SSOToken: Codable, Sendable, Equatable {
    /// The bearer token for the portal's `GetRoleCredentials`; a secret.
    package var accessToken: String
    /// When ``accessToken`` stops working (`2026-11-26T17:00:00Z`).
    package var expiresAt: String
    /// The OIDC refresh token, when the session was created with one; a secret.
    package var refreshToken: String?
    /// The registered OIDC client the refresh token belongs to.
    package var clientId: String?
    /// The client's secret; a secret.
    package var clientSecret: String?
    /// When the client registration stops working; a refresh is pointless after it.
    package var registrationExpiresAt: String?
    /// The SSO region.
    package var region: String?
    /// The portal's start URL.
    package var startUrl: String?

    /// Creates a token.
    package init(
        accessToken: String,
        expiresAt: String,
        refreshToken: String? = nil,
        clientId: String? = nil,
        clientSecret: String? = nil,
        registrationExpiresAt: String? = nil,
        region: String? = nil,
        startUrl: String? = nil
    ) {
        self.accessToken = accessToken
        self.expiresAt = expiresAt
        self.refreshToken = refreshToken
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.registrationExpiresAt = registrationExpiresAt
        self.region = region
        self.startUrl = startUrl
    }

    /// The instant ``expiresAt`` names; `nil` when the text is unreadable (treated as expired).
    package var expirationDate: Date? { Timestamp.parse(expiresAt) }

    /// Whether the token can be refreshed with `CreateToken` at `now`: refresh token, client and a live registration.
    package func canRefresh(at now: Date) -> Bool {
        guard refreshToken != nil, clientId != nil, clientSecret != nil,
            let registration = registrationExpiresAt.flatMap(Timestamp.parse)
        else { return false }
        return registration > now
    }
}

extension SSOToken: CustomStringConvertible {
    package var description: String { "SSOToken(expiresAt: \(expiresAt), refreshable: \(refreshToken != nil))" }
}
