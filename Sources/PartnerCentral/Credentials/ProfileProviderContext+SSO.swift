import Foundation

/// `sso_account_id`/`sso_role_name` with a start URL and region, or an `[sso-session]`, as botocore's
/// `SSOProvider` resolves them.
extension ProfileProviderContext {
    func ssoProvider(_ profileSettings: [String: String]) throws -> RefreshingCredentialProvider? {
        let profile = profileName
        guard let settings = try ssoSettings(profileSettings) else { return nil }
        let http = try identityHTTP()
        let endpoints = try identityEndpoints()
        let portal = SSOPortalClient(
            http: http,
            portalEndpoint: SSOEndpoints.portal(region: settings.region, endpoints: endpoints),
            oidcEndpoint: SSOEndpoints.oidc(region: settings.region, endpoints: endpoints)
        )
        let fetcher = SSOCredentialFetcher(
            profile: profile,
            settings: settings,
            cache: ssoTokenCache,
            portal: portal,
            now: services.now,
            tokenRefreshWindow: services.refreshWindows.advisory
        )
        let summary = IdentitySummary(
            profile: profile,
            source: .sso,
            roleName: settings.roleName,
            accountId: settings.accountId
        )
        return refreshing(name: "sso profile \(profile)", summary: summary) {
            try await fetcher.fetch()
        }
    }

    /// The SSO settings of a profile, merged with its `sso-session` (botocore's `_load_sso_config`); `nil` when the
    /// profile has neither `sso_account_id` nor `sso_role_name`.
    func ssoSettings(_ profileSettings: [String: String]) throws -> SSOCredentialFetcher.Settings? {
        let profile = profileName
        var settings = profileSettings
        guard settings["sso_account_id"] != nil || settings["sso_role_name"] != nil else { return nil }
        var required = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"]
        if let sessionName = settings["sso_session"] {
            guard let session = config.ssoSessions[sessionName]?.values else {
                throw SSOError.invalidConfiguration(
                    profile: profile,
                    detail: "its sso_session \"\(sessionName)\" has no [sso-session \(sessionName)] section"
                )
            }
            for (key, value) in session {
                if let mine = settings[key], mine != value {
                    throw SSOError.invalidConfiguration(
                        profile: profile,
                        detail: "\(key) is \"\(mine)\" in the profile but \"\(value)\" in sso-session \(sessionName)"
                    )
                }
                settings[key] = value
            }
            required.append("sso_session")
        }
        let missing = required.filter { settings[$0] == nil }
        guard missing.isEmpty else {
            throw SSOError.invalidConfiguration(
                profile: profile,
                detail: "is missing required configuration: \(missing.joined(separator: ", "))"
            )
        }
        // safe: all four were checked just above
        return SSOCredentialFetcher.Settings(
            sessionName: settings["sso_session"],
            startURL: settings["sso_start_url"]!,
            region: settings["sso_region"]!,
            accountId: settings["sso_account_id"]!,
            roleName: settings["sso_role_name"]!
        )
    }
}
