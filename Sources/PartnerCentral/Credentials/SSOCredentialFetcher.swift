import Foundation

/// IAM Identity Center role credentials: the cached `aws sso login` token exchanged with `GetRoleCredentials`.
///
/// Follows botocore's `SSOTokenProvider`: a token with less than the advisory window left is refreshed with OIDC
/// `CreateToken` when it carries a refresh token and a live client registration (only for the `sso_session` form),
/// and the refreshed token is written back to the cache atomically. A failed refresh falls back to the old token
/// while it is still valid. No usable token (none cached, an unreadable or incomplete cache file, expired, refused)
/// ends in ``SSOError/Code/loginRequired``.
struct SSOCredentialFetcher: Sendable {
    /// The resolved SSO settings of a profile.
    struct Settings: Sendable, Equatable {
        var sessionName: String?
        var startURL: String
        var region: String
        var accountId: String
        var roleName: String
    }

    var profile: String
    var settings: Settings
    var cache: SSOTokenCache?
    var portal: SSOPortalClient
    var now: @Sendable () -> Date
    /// Refresh the token when less than this is left (botocore: 15 minutes).
    var tokenRefreshWindow: TimeInterval

    func fetch() async throws -> AWSCredentials {
        let token = try await usableToken()
        if AWSCredentials.hasControlCharacter(token.accessToken) {
            throw CredentialsError.malformedCredential(
                credential: "SSO access token", source: "the SSO token cache of the profile \(profile)")
        }
        do {
            return try await portal.getRoleCredentials(
                accessToken: token.accessToken,
                roleName: settings.roleName,
                accountId: settings.accountId
            ).validated(source: "IAM Identity Center (profile \(profile))")
        } catch is SSOPortalClient.Unauthorized {
            throw SSOError.loginRequired(profile: profile, reason: "was refused by IAM Identity Center")
        }
    }

    /// The cached token, refreshed first when it is about to expire and can be.
    func usableToken() async throws -> SSOToken {
        guard let cache else {
            throw SSOError.loginRequired(profile: profile, reason: "has no token cache (HOME is not set)")
        }
        let cached: SSOToken?
        do {
            cached = try cache.load(sessionName: settings.sessionName, startURL: settings.startURL)
        } catch let error as SSOError where error.code == .unreadableTokenCache {
            // botocore treats a cache file it cannot use like a missing one, and the cure is the same: sign in again
            // (which rewrites the file). Saying where it is and why helps when it keeps happening.
            throw SSOError.loginRequired(
                profile: profile, reason: "has no usable cached token (\(error.path ?? ""): \(error.detail))")
        }
        guard var token = cached else {
            throw SSOError.loginRequired(profile: profile, reason: "has no cached token")
        }
        let instant = now()
        let remaining = token.expirationDate.map { $0.timeIntervalSince(instant) } ?? 0
        if remaining < tokenRefreshWindow, settings.sessionName != nil, token.canRefresh(at: instant),
            let refreshed = try? await refresh(token)
        {
            token = refreshed
            // A cache we cannot write (read-only HOME) must not cost this run the fresh token; the next run then
            // asks for `aws sso login`, which is what the CLI would say too.
            try? cache.save(token, sessionName: settings.sessionName, startURL: settings.startURL)
        }
        guard let expiration = token.expirationDate, expiration > now() else {
            throw SSOError.loginRequired(profile: profile, reason: "has expired")
        }
        return token
    }

    private func refresh(_ token: SSOToken) async throws -> SSOToken {
        // safe: canRefresh checked all three
        let created = try await portal.createToken(
            clientId: token.clientId!,
            clientSecret: token.clientSecret!,
            refreshToken: token.refreshToken!
        )
        let expiresAt = now().addingTimeInterval(TimeInterval(created.expiresIn))
        return SSOToken(
            accessToken: created.accessToken,
            expiresAt: SSOCredentialFetcher.cacheTimestamp(expiresAt),
            refreshToken: created.refreshToken,
            clientId: token.clientId,
            clientSecret: token.clientSecret,
            registrationExpiresAt: token.registrationExpiresAt,
            region: settings.region,
            startUrl: settings.startURL
        )
    }

    /// `2026-11-26T17:00:00Z`: the format botocore writes into the cache.
    static func cacheTimestamp(_ date: Date) -> String {
        // safe: UTC always exists
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: false, timeZone: TimeZone(secondsFromGMT: 0)!)
        )
    }
}
