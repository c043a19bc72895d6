import Foundation
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

@Suite struct WebIdentityEndToEndTests {
    @Test func environmentTokenFileAndRoleArnAssumeTheRole() async throws {
        try await IdentityTestEnvironment.with(IdentityConfiguration(webIdentityTokens: ["jwt-from-ci"])) { env in
            let tokenFile = env.home.appendingPathComponent("token")
            try Data("jwt-from-ci\n".utf8).write(to: tokenFile)
            let resolver = IdentityResolution(
                profiles: [:],
                context: env.context(environment: [
                    "AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile.path, "AWS_ROLE_ARN": "arn:aws:iam::111122223333:role/CI",
                    "AWS_ROLE_SESSION_NAME": "pipeline",
                ])
            )
            let resolved = try #require(try resolver.resolve(profile: "default"))
            #expect(resolved.summary.source == .webIdentity)
            // The header names where the identity comes from, not a "default" profile that plays no part.
            #expect(
                resolved.summary.description == "web identity from the environment · role CI · account 111122223333")
            let credentials = try await resolved.provider.credentials()
            let call = try #require(await env.identity.authority.assumeRoleCalls.first)
            #expect(call.action == "AssumeRoleWithWebIdentity")
            #expect(call.callerAccessKeyId == nil)
            #expect(call.roleSessionName == "pipeline")
            #expect(try await env.listInvitations(with: credentials).status == 200)
            await resolved.provider.shutdown()
            // Ignored for an explicitly chosen profile, as botocore does.
            #expect(try resolver.resolve(profile: "default", useEnvironment: false) == nil)
        }
    }

    @Test func profileTokenFileAndARejectedToken() async throws {
        try await IdentityTestEnvironment.with(IdentityConfiguration(webIdentityTokens: ["good"])) { env in
            let tokenFile = env.home.appendingPathComponent("token")
            try Data("stale".utf8).write(to: tokenFile)
            let resolver = IdentityResolution(
                profiles: [
                    "wi": ["web_identity_token_file": tokenFile.path, "role_arn": "arn:aws:iam::111122223333:role/WI"]
                ],
                context: env.context()
            )
            let provider = try #require(try resolver.resolve(profile: "wi")).provider
            await #expect(throws: STSError.self) { try await provider.credentials() }
            // The file is read on every fetch, so a rotated token works without restarting.
            try Data("good".utf8).write(to: tokenFile)
            #expect(try await env.listInvitations(with: try await provider.credentials()).status == 200)
            await provider.shutdown()
        }
    }
}
