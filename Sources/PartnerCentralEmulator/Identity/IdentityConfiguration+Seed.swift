import Foundation

extension IdentityConfiguration {
    /// Accepts a seed file's SSO tokens: each access token until its `ExpiresAt` (else ``accessTokenLifetime`` from
    /// `now`), and each refresh token for its client.
    public mutating func accept(_ tokens: [SeedSSOToken], now: Date) {
        for token in tokens {
            accessTokens.append(
                SeededAccessToken(
                    token: token.accessToken,
                    expiresAt: token.expiresAt ?? now.addingTimeInterval(accessTokenLifetime)
                )
            )
            if let refreshToken = token.refreshToken, let clientId = token.clientId,
                let clientSecret = token.clientSecret
            {
                refreshTokens.append(
                    SeededRefreshToken(refreshToken: refreshToken, clientId: clientId, clientSecret: clientSecret)
                )
            }
        }
    }
}
