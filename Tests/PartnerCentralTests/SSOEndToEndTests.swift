import Foundation
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

@Suite struct SSOEndToEndTests {
    /// The IAM Identity Center profile `name` of ``profiles`` and ``sessions``, resolved against the test emulator.
    func resolve(_ name: String, in env: IdentityTestEnvironment) throws -> IdentityResolution.Resolved {
        let resolver = IdentityResolution(
            profiles: Self.profiles, ssoSessions: Self.sessions, context: env.context())
        return try #require(try resolver.resolve(profile: name))
    }

    static let startURL = "https://d-1234567890.awsapps.com/start"
    static let sessions: [String: [String: String]] = [
        "corp": ["sso_start_url": startURL, "sso_region": "eu-west-1", "sso_registration_scopes": "sso:account:access"]
    ]
    static let profiles: [String: [String: String]] = [
        "corp": ["sso_session": "corp", "sso_account_id": "111122223333", "sso_role_name": "PartnerTriage"],
        "legacy": [
            "sso_start_url": startURL, "sso_region": "eu-west-1", "sso_account_id": "111122223333",
            "sso_role_name": "ReadOnly",
        ],
    ]

    func iso(_ date: Date) -> String { SSOCredentialFetcher.cacheTimestamp(date) }

    @Test func cachedTokenIsExchangedForRoleCredentialsThePortalAccepts() async throws {
        try await IdentityTestEnvironment.with { env in
            await env.identity.authority.seedAccessToken("token-valid", expiresAt: Date().addingTimeInterval(3600))
            try env.ssoCache.save(
                SSOToken(accessToken: "token-valid", expiresAt: iso(Date().addingTimeInterval(3600))),
                sessionName: "corp",
                startURL: Self.startURL
            )
            let resolved = try resolve("corp", in: env)
            #expect(resolved.summary.description == "profile corp · SSO role PartnerTriage · account 111122223333")
            let credentials = try await resolved.provider.credentials()
            #expect(credentials.expiration != nil)
            #expect(try await env.listInvitations(with: credentials).status == 200)
            #expect(await env.identity.authority.createTokenCount == 0)
            await resolved.provider.shutdown()
        }
    }

    @Test func tokenAboutToExpireIsRefreshedAndTheCacheRewritten() async throws {
        try await IdentityTestEnvironment.with { env in
            // Five minutes left: inside the 15-minute refresh window.
            await env.identity.authority.seedAccessToken("token-old", expiresAt: Date().addingTimeInterval(300))
            await env.identity.authority.seedRefreshToken(
                .init(refreshToken: "refresh-1", clientId: "client-1", clientSecret: "client-secret-1")
            )
            let registration = iso(Date().addingTimeInterval(90 * 86400))
            try env.ssoCache.save(
                SSOToken(
                    accessToken: "token-old",
                    expiresAt: iso(Date().addingTimeInterval(300)),
                    refreshToken: "refresh-1",
                    clientId: "client-1",
                    clientSecret: "client-secret-1",
                    registrationExpiresAt: registration,
                    region: "eu-west-1",
                    startUrl: Self.startURL
                ),
                sessionName: "corp",
                startURL: Self.startURL
            )
            let resolved = try resolve("corp", in: env)
            let credentials = try await resolved.provider.credentials()
            #expect(try await env.listInvitations(with: credentials).status == 200)
            #expect(await env.identity.authority.createTokenCount == 1)

            let rewritten = try #require(try env.ssoCache.load(sessionName: "corp", startURL: Self.startURL))
            #expect(rewritten.accessToken != "token-old")
            #expect(rewritten.refreshToken != "refresh-1")
            #expect(rewritten.clientId == "client-1")
            #expect(rewritten.registrationExpiresAt == registration)
            #expect(try #require(rewritten.expirationDate) > Date().addingTimeInterval(3600))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: env.ssoCache.directory.path)
            #expect(leftovers == [SSOTokenCache.cacheKey(sessionName: "corp", startURL: Self.startURL) + ".json"])
            await resolved.provider.shutdown()
        }
    }

    @Test func expiredTokenWithoutRefreshAsksTheUserToLogIn() async throws {
        try await IdentityTestEnvironment.with { env in
            try env.ssoCache.save(
                SSOToken(accessToken: "token-expired", expiresAt: iso(Date().addingTimeInterval(-60))),
                sessionName: "corp",
                startURL: Self.startURL
            )
            let provider = try resolve("corp", in: env).provider
            do {
                _ = try await provider.credentials()
                Issue.record("expected a login-required error")
            } catch let error as SSOError {
                #expect(error == .loginRequired(profile: "corp", reason: "has expired"))
                #expect("\(error)".hasSuffix("To sign in again, run: aws sso login --profile corp"))
            }
            #expect(await env.identity.authority.roleCredentialsCount == 0)
        }
    }

    /// A cache file that is not JSON, lacks `accessToken` or `expiresAt`, or cannot be read at all gets the same
    /// one-line cure as a missing token, naming the file; nothing is sent to the portal.
    @Test(arguments: [
        ("{not json", "not a cached SSO token"),
        (#"{"expiresAt": "2030-01-01T00:00:00Z"}"#, "it has no accessToken"),
        (#"{"accessToken": "token-valid"}"#, "it has no expiresAt"),
        ("<directory>", ""),
    ])
    func unusableCacheFileAsksTheUserToLogIn(contents: String, detail: String) async throws {
        try await IdentityTestEnvironment.with { env in
            let file = env.ssoCache.fileURL(sessionName: "corp", startURL: Self.startURL)
            if contents == "<directory>" {
                // Unreadable as a file whoever runs the test (root reads through mode 000).
                try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
            } else {
                try Data(contents.utf8).write(to: file)
            }
            let provider = try resolve("corp", in: env).provider
            do {
                _ = try await provider.credentials()
                Issue.record("expected a login-required error")
            } catch let error as SSOError {
                guard error.code == .loginRequired else {
                    Issue.record("expected loginRequired, got \(error)")
                    return
                }
                #expect(error.profile == "corp")
                #expect(error.detail.hasPrefix("has no usable cached token (\(file.path): \(detail)"))
                #expect("\(error)".hasPrefix("The SSO session for profile \"corp\" has no usable cached token ("))
                #expect("\(error)".hasSuffix("To sign in again, run: aws sso login --profile corp"))
                #expect(!"\(error)".contains("\n"))
            }
            #expect(await env.identity.authority.roleCredentialsCount == 0)
        }
    }

    @Test func missingTokenAndRefusedTokenAskTheUserToLogIn() async throws {
        try await IdentityTestEnvironment.with { env in
            let provider = try resolve("legacy", in: env).provider
            await #expect(throws: SSOError.loginRequired(profile: "legacy", reason: "has no cached token")) {
                try await provider.credentials()
            }
            // Legacy profiles key the cache by start URL; a token the portal does not know is refused.
            try env.ssoCache.save(
                SSOToken(accessToken: "never-issued", expiresAt: iso(Date().addingTimeInterval(3600))),
                sessionName: nil,
                startURL: Self.startURL
            )
            await #expect(
                throws: SSOError.loginRequired(profile: "legacy", reason: "was refused by IAM Identity Center")
            ) {
                try await provider.credentials()
            }
        }
    }

    @Test func legacyProfileReadsTheTokenKeyedByStartURL() async throws {
        try await IdentityTestEnvironment.with { env in
            await env.identity.authority.seedAccessToken("legacy-token", expiresAt: Date().addingTimeInterval(3600))
            try env.ssoCache.save(
                SSOToken(accessToken: "legacy-token", expiresAt: iso(Date().addingTimeInterval(3600))),
                sessionName: nil,
                startURL: Self.startURL
            )
            let resolved = try resolve("legacy", in: env)
            #expect(try await env.listInvitations(with: try await resolved.provider.credentials()).status == 200)
            await resolved.provider.shutdown()
        }
    }

    @Test func roleAssumedFromAnSSOSourceProfileSignsWithTheSSOCredentials() async throws {
        try await IdentityTestEnvironment.with { env in
            await env.identity.authority.seedAccessToken("token-valid", expiresAt: Date().addingTimeInterval(3600))
            try env.ssoCache.save(
                SSOToken(accessToken: "token-valid", expiresAt: iso(Date().addingTimeInterval(3600))),
                sessionName: "corp",
                startURL: Self.startURL
            )
            var profiles = Self.profiles
            profiles["customer"] = [
                "role_arn": "arn:aws:iam::999988887777:role/PartnerAccess", "source_profile": "corp",
            ]
            let resolver = IdentityResolution(
                profiles: profiles, ssoSessions: Self.sessions, context: env.context())
            let resolved = try #require(try resolver.resolve(profile: "customer"))
            #expect(resolved.summary.description == "profile customer · role PartnerAccess · account 999988887777")
            let credentials = try await resolved.provider.credentials()
            #expect(await env.identity.authority.roleCredentialsCount == 1)
            let call = try #require(await env.identity.authority.assumeRoleCalls.first)
            // The AssumeRole call was signed by the role credentials the portal issued, not by long-term keys.
            #expect(call.callerAccessKeyId?.hasPrefix("ASIA") == true)
            #expect(try await env.listInvitations(with: credentials).status == 200)
            await resolved.provider.shutdown()
        }
    }

    @Test func inconsistentOrIncompleteSSOConfigurationIsAClearError() throws {
        let resolver = IdentityResolution(
            profiles: [
                "nosession": ["sso_session": "ghost", "sso_account_id": "111122223333", "sso_role_name": "R"],
                "clash": [
                    "sso_session": "corp", "sso_region": "us-west-2", "sso_account_id": "111122223333",
                    "sso_role_name": "R",
                ],
                "partial": ["sso_account_id": "111122223333"],
            ],
            ssoSessions: Self.sessions,
            context: IdentityTestContext.offline()
        )
        #expect(throws: SSOError.self) { try resolver.resolve(profile: "nosession") }
        #expect(
            throws: SSOError.invalidConfiguration(
                profile: "clash",
                detail: "sso_region is \"us-west-2\" in the profile but \"eu-west-1\" in sso-session corp"
            )
        ) { try resolver.resolve(profile: "clash") }
        #expect(
            throws: SSOError.invalidConfiguration(
                profile: "partial",
                detail: "is missing required configuration: sso_role_name, sso_start_url, sso_region"
            )
        ) { try resolver.resolve(profile: "partial") }
    }
}
