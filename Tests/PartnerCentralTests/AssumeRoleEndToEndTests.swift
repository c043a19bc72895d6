import AsyncHTTPClient
import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

@Suite struct AssumeRoleEndToEndTests {
    static let base: [String: String] = [
        "aws_access_key_id": "AKIAPARTNERTRIAGEDEMO", "aws_secret_access_key": "partner-triage-demo-secret-key",
    ]

    @Test func roleFromAStaticSourceProfileWorksAgainstPartnerCentral() async throws {
        try await IdentityTestEnvironment.with { env in
            let resolver = IdentityResolution(
                profiles: [
                    "base": Self.base,
                    "ops": [
                        "role_arn": "arn:aws:iam::111122223333:role/Triage", "source_profile": "base",
                        "external_id": "partner-42", "role_session_name": "alice", "duration_seconds": "1800",
                    ],
                ],
                context: env.context()
            )
            let resolved = try #require(try resolver.resolve(profile: "ops"))
            #expect(resolved.summary.description == "profile ops · role Triage · account 111122223333")
            let credentials = try await resolved.provider.credentials()
            #expect(credentials.accessKeyId.hasPrefix("ASIA"))
            #expect(credentials.sessionToken != nil)
            let calls = await env.identity.authority.assumeRoleCalls
            #expect(calls.count == 1)
            #expect(calls.first?.callerAccessKeyId == "AKIAPARTNERTRIAGEDEMO")
            #expect(calls.first?.roleArn == "arn:aws:iam::111122223333:role/Triage")
            #expect(calls.first?.externalId == "partner-42")
            #expect(calls.first?.roleSessionName == "alice")
            #expect(calls.first?.durationSeconds == 1800)
            #expect(try await env.listInvitations(with: credentials).status == 200)
            await resolved.provider.shutdown()
        }
    }

    @Test func roleChainOfTwoProfilesSignsTheSecondCallWithTheFirstRole() async throws {
        try await IdentityTestEnvironment.with { env in
            let resolver = IdentityResolution(
                profiles: [
                    "base": Self.base,
                    "hop": ["role_arn": "arn:aws:iam::111122223333:role/Hop", "source_profile": "base"],
                    "target": ["role_arn": "arn:aws:iam::444455556666:role/Target", "source_profile": "hop"],
                ],
                context: env.context()
            )
            let resolved = try #require(try resolver.resolve(profile: "target"))
            #expect(resolved.summary.accountId == "444455556666")
            let credentials = try await resolved.provider.credentials()
            let calls = await env.identity.authority.assumeRoleCalls
            #expect(
                calls.map(\.roleArn) == ["arn:aws:iam::111122223333:role/Hop", "arn:aws:iam::444455556666:role/Target"]
            )
            #expect(calls[0].callerAccessKeyId == "AKIAPARTNERTRIAGEDEMO")
            #expect(calls[1].callerAccessKeyId == calls[0].issuedAccessKeyId)
            #expect(calls[1].issuedAccessKeyId == credentials.accessKeyId)
            #expect(try await env.listInvitations(with: credentials).status == 200)
            await resolved.provider.shutdown()
        }
    }

    @Test func sourceProfileLoopIsAClearErrorNamingTheChain() throws {
        let resolver = IdentityResolution(
            profiles: [
                "a": ["role_arn": "arn:aws:iam::111122223333:role/A", "source_profile": "b"],
                "b": ["role_arn": "arn:aws:iam::111122223333:role/B", "source_profile": "c"],
                "c": ["role_arn": "arn:aws:iam::111122223333:role/C", "source_profile": "a"],
            ],
            context: IdentityTestContext.offline()
        )
        #expect(throws: AssumeRoleConfigurationError.sourceProfileLoop(chain: ["a", "b", "c", "a"])) {
            try resolver.resolve(profile: "a")
        }
        let message = "\(AssumeRoleConfigurationError.sourceProfileLoop(chain: ["a", "b", "c", "a"]))"
        #expect(message.contains("a -> b -> c -> a"))
    }

    @Test func profileMayNameItselfWhenItHoldsKeys() throws {
        var selfSourced = Self.base
        selfSourced["role_arn"] = "arn:aws:iam::111122223333:role/Self"
        selfSourced["source_profile"] = "me"
        let resolver = IdentityResolution(
            profiles: ["me": selfSourced],
            context: IdentityTestContext.offline()
        )
        #expect(try resolver.resolve(profile: "me")?.summary.roleName == "Self")
        // Without keys, naming itself is a loop.
        let keyless = IdentityResolution(
            profiles: ["me": ["role_arn": "arn:aws:iam::111122223333:role/Self", "source_profile": "me"]],
            context: IdentityTestContext.offline()
        )
        #expect(throws: AssumeRoleConfigurationError.sourceProfileLoop(chain: ["me", "me"])) {
            try keyless.resolve(profile: "me")
        }
    }

    @Test func brokenRoleConfigurationsAreClearErrors() throws {
        let resolver = IdentityResolution(
            profiles: [
                "missing": ["role_arn": "arn:aws:iam::111122223333:role/X", "source_profile": "nope"],
                "both": [
                    "role_arn": "arn:aws:iam::111122223333:role/X", "source_profile": "x",
                    "credential_source": "Environment",
                ],
                "imds": ["role_arn": "arn:aws:iam::111122223333:role/X", "credential_source": "Ec2InstanceMetadata"],
                "duration": [
                    "role_arn": "arn:aws:iam::111122223333:role/X", "source_profile": "base",
                    "duration_seconds": "soon",
                ],
                "base": Self.base,
            ],
            context: IdentityTestContext.offline()
        )
        #expect(throws: AssumeRoleConfigurationError.missingSourceProfile(profile: "missing", sourceProfile: "nope")) {
            try resolver.resolve(profile: "missing")
        }
        #expect(throws: AssumeRoleConfigurationError.self) { try resolver.resolve(profile: "both") }
        #expect(
            throws: AssumeRoleConfigurationError.unsupportedCredentialSource(
                profile: "imds",
                credentialSource: "Ec2InstanceMetadata"
            )
        ) { try resolver.resolve(profile: "imds") }
        #expect(
            throws: AssumeRoleConfigurationError.invalidValue(
                profile: "duration",
                key: "duration_seconds",
                value: "soon"
            )
        ) { try resolver.resolve(profile: "duration") }
    }

    @Test func credentialSourceEnvironmentSignsWithTheEnvironmentKeys() async throws {
        try await IdentityTestEnvironment.with { env in
            let resolver = IdentityResolution(
                profiles: [
                    "ci": ["role_arn": "arn:aws:iam::111122223333:role/CI", "credential_source": "Environment"]
                ],
                context: env.context(environment: [
                    "AWS_ACCESS_KEY_ID": "AKIAPARTNERTRIAGEDEMO",
                    "AWS_SECRET_ACCESS_KEY": "partner-triage-demo-secret-key",
                ])
            )
            let resolved = try #require(try resolver.resolve(profile: "ci"))
            let credentials = try await resolved.provider.credentials()
            #expect(await env.identity.authority.assumeRoleCalls.first?.callerAccessKeyId == "AKIAPARTNERTRIAGEDEMO")
            #expect(try await env.listInvitations(with: credentials).status == 200)
            await resolved.provider.shutdown()
        }
    }

    @Test func mfaSerialAsksThePrompterAndSendsTheCode() async throws {
        try await IdentityTestEnvironment.with(
            IdentityConfiguration(mfaCodes: ["arn:aws:iam::111122223333:mfa/alice": "123456"])
        ) { env in
            let asked = SharedValue<[MFATokenCodeRequest]>([])
            let profiles: [String: [String: String]] = [
                "base": Self.base,
                "admin": [
                    "role_arn": "arn:aws:iam::111122223333:role/Admin", "source_profile": "base",
                    "mfa_serial": "arn:aws:iam::111122223333:mfa/alice",
                ],
            ]
            let resolver = IdentityResolution(
                profiles: profiles,
                context: env.context(mfa: { request in
                    asked.withLock { $0.append(request) }
                    return "123456\n"
                })
            )
            let resolved = try #require(try resolver.resolve(profile: "admin"))
            let credentials = try await resolved.provider.credentials()
            #expect(asked.withLock { $0.map(\.prompt) } == ["Enter MFA code for arn:aws:iam::111122223333:mfa/alice:"])
            let call = try #require(await env.identity.authority.assumeRoleCalls.first)
            #expect(call.serialNumber == "arn:aws:iam::111122223333:mfa/alice")
            #expect(call.tokenCode == "123456")
            #expect(try await env.listInvitations(with: credentials).status == 200)
            await resolved.provider.shutdown()

            // A wrong code is STS's AccessDenied, passed through.
            let wrong = IdentityResolution(profiles: profiles, context: env.context(mfa: { _ in "654321" }))
            let wrongProvider = try #require(try wrong.resolve(profile: "admin")).provider
            await #expect(throws: STSError.self) { try await wrongProvider.credentials() }
            // No prompter at all: a clear error before any call.
            let none = IdentityResolution(profiles: profiles, context: env.context())
            #expect(
                throws: AssumeRoleConfigurationError.mfaPrompterMissing(
                    profile: "admin",
                    serial: "arn:aws:iam::111122223333:mfa/alice"
                )
            ) { try none.resolve(profile: "admin") }
        }
    }

    @Test func expiredRoleCredentialsAreRefusedWithExpiredToken() async throws {
        // The emulator's clock is moved by hand past the expiry, so the test does not depend on machine speed.
        let time = TestTime(start: Date())
        try await IdentityTestEnvironment.with(
            IdentityConfiguration(credentialLifetime: 60), now: time.now
        ) { env in
            let sts = env.context().stsClient
            let issued = try await sts.assumeRole(
                .init(roleArn: "arn:aws:iam::111122223333:role/Short", roleSessionName: "short"),
                sourceCredentials: env.baseCredentials
            ).credentials
            #expect(try await env.listInvitations(with: issued).status == 200)
            await time.advance(61)
            let reply = try await env.listInvitations(with: issued)
            #expect(reply.status == 403)
            #expect(reply.errorType == "ExpiredTokenException")
            await #expect(
                throws: STSError.service(
                    code: "ExpiredToken",
                    message: "The security token included in the request is expired",
                    httpStatus: 403
                )
            ) {
                try await sts.assumeRole(
                    .init(roleArn: "arn:aws:iam::111122223333:role/Next", roleSessionName: "next"),
                    sourceCredentials: issued
                )
            }
        }
    }
}

extension IdentityTestContext {
    /// A context for tests that never reach the network (configuration errors).
    static func offline() -> IdentityTestContext {
        IdentityTestContext(httpClient: .shared, environment: [:], now: { Date(timeIntervalSince1970: 0) })
    }
}

@Suite struct STSUnreachableTests {
    @Test func unreachableSTSIsAClearErrorNamingTheEndpoint() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let context = IdentityTestContext(
            httpClient: client,
            environment: ["AWS_ENDPOINT_URL_STS": "http://127.0.0.1:1"],
            now: { Date() },
            timeout: 2
        )
        let resolver = IdentityResolution(
            profiles: [
                "base": AssumeRoleEndToEndTests.base,
                "ops": ["role_arn": "arn:aws:iam::111122223333:role/Triage", "source_profile": "base"],
            ],
            context: context
        )
        let provider = try #require(try resolver.resolve(profile: "ops")).provider
        do {
            _ = try await provider.credentials()
            Issue.record("expected STS to be unreachable")
        } catch let error as STSError {
            guard error.code == .unreachable, let endpoint = error.endpoint else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(endpoint == "http://127.0.0.1:1")
            #expect("\(error)".contains("AWS_ENDPOINT_URL_STS"))
        }
        try await client.shutdown()
    }
}
