import AsyncHTTPClient
import Foundation
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

/// The whole client, configured the way a partner's machine is (`~/.aws/config`, `~/.aws/credentials`, the SSO
/// cache), against one emulator that is STS, the SSO portal and Partner Central at once.
@Suite struct RoleChainClientTests {
    func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

    func makeClient(
        _ env: IdentityTestEnvironment,
        profile: String
    ) throws -> PartnerCentralClient {
        var environment = env.environment
        environment["AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING"] = env.emulator.endpoint.absoluteString
        return try PartnerCentralClient.make(
            options: ClientOptions(profile: profile),
            environment: environment,
            httpClient: env.httpClient
        )
    }

    @Test func roleChainFromTheSharedFilesListsInvitations() async throws {
        try await IdentityTestEnvironment.with { env in
            try write(
                """
                [base]
                aws_access_key_id = AKIAPARTNERTRIAGEDEMO
                aws_secret_access_key = partner-triage-demo-secret-key
                """,
                to: env.home.appendingPathComponent(".aws/credentials")
            )
            try write(
                """
                [profile hop]
                role_arn = arn:aws:iam::111122223333:role/Hop
                source_profile = base
                region = us-east-1

                [profile ops]
                role_arn = arn:aws:iam::444455556666:role/Triage
                source_profile = hop
                role_session_name = triage-ui
                region = us-east-1
                """,
                to: env.home.appendingPathComponent(".aws/config")
            )
            let client = try makeClient(env, profile: "ops")
            let page = try await client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
            #expect(page.engagementInvitationSummaries != nil)
            let calls = await env.identity.authority.assumeRoleCalls
            #expect(
                calls.map(\.roleArn) == ["arn:aws:iam::111122223333:role/Hop", "arn:aws:iam::444455556666:role/Triage"]
            )
            #expect(calls.last?.roleSessionName == "triage-ui")
            #expect(client.configuration.identityDescription == "profile ops · role Triage · account 444455556666")
            let summary = IdentitySummary.describe(client.configuration.credentialProvider, profile: "ops")
            #expect(summary.description == "profile ops · role Triage · account 444455556666")
        }
    }

    @Test func loopInTheSharedFilesIsAClearErrorBeforeAnyRequest() async throws {
        try await IdentityTestEnvironment.with { env in
            try write(
                """
                [profile a]
                role_arn = arn:aws:iam::111122223333:role/A
                source_profile = b

                [profile b]
                role_arn = arn:aws:iam::111122223333:role/B
                source_profile = a
                """,
                to: env.home.appendingPathComponent(".aws/config")
            )
            do {
                _ = try makeClient(env, profile: "a")
                Issue.record("expected a loop error")
            } catch {
                #expect("\(error)".contains("a -> b -> a"))
            }
            #expect(await env.identity.authority.assumeRoleCalls.isEmpty)
        }
    }

    @Test func ssoProfileFromTheSharedFilesListsInvitationsAndExplainsAnExpiredSession() async throws {
        try await IdentityTestEnvironment.with { env in
            try write(
                """
                [profile corp]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = PartnerTriage
                region = us-east-1

                [sso-session corp]
                sso_start_url = https://d-1234567890.awsapps.com/start
                sso_region = eu-west-1
                """,
                to: env.home.appendingPathComponent(".aws/config")
            )
            await env.identity.authority.seedAccessToken("corp-token", expiresAt: Date().addingTimeInterval(3600))
            try env.ssoCache.save(
                SSOToken(
                    accessToken: "corp-token",
                    expiresAt: SSOCredentialFetcher.cacheTimestamp(Date().addingTimeInterval(3600))
                ),
                sessionName: "corp",
                startURL: "https://d-1234567890.awsapps.com/start"
            )
            let client = try makeClient(env, profile: "corp")
            _ = try await client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
            #expect(
                IdentitySummary.describe(client.configuration.credentialProvider, profile: "corp").description
                    == "profile corp · SSO role PartnerTriage · account 111122223333"
            )

            // The session ends: a new client (a new run) says how to sign in again.
            try env.ssoCache.save(
                SSOToken(
                    accessToken: "corp-token",
                    expiresAt: SSOCredentialFetcher.cacheTimestamp(Date().addingTimeInterval(-1))
                ),
                sessionName: "corp",
                startURL: "https://d-1234567890.awsapps.com/start"
            )
            let expired = try makeClient(env, profile: "corp")
            do {
                _ = try await expired.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
                Issue.record("expected the SSO session to be expired")
            } catch {
                #expect("\(error)".contains("aws sso login --profile corp"))
            }
        }
    }
}
