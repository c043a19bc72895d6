import Foundation
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

@Suite struct CredentialRefreshEndToEndTests {
    /// Role credentials live 10 seconds in the emulator; with the refresh windows scaled down to match, a run of
    /// requests spanning several lifetimes never fails and is signed by several successive keys.
    @Test func credentialsThatExpireDuringALongRunAreRefreshedWithoutAFailedRequest() async throws {
        let env = try await IdentityTestEnvironment.start(IdentityConfiguration(credentialLifetime: 10))
        defer { Task { await env.stop() } }
        // STS writes whole seconds, so the client sees up to 1 s less than 10; refresh from 6 s left, requests only
        // with at least 4 s left, so a loaded machine still delivers every request before its credentials expire.
        let windows = RefreshingCredentialsWindows(
            advisory: 6,
            mandatory: 5,
            minimumValidity: 4,
            retryDelay: 0.2,
            urgentRetryDelay: 0.1
        )
        let resolver = IdentityProfileResolver(
            profiles: [
                "base": AssumeRoleEndToEndTests.base,
                "ops": ["role_arn": "arn:aws:iam::111122223333:role/Triage", "source_profile": "base"],
            ],
            context: env.context(windows: windows)
        )
        let provider = try #require(try resolver.resolve(profile: "ops")).provider
        var keys: [String] = []
        var failures: [String] = []
        let started = Date()
        // Bounded: at most 60 s, and done once three refreshes have happened after the first fetch.
        while Date().timeIntervalSince(started) < 60, await provider.refreshCount < 4 {
            let credentials = try await provider.credentials()
            if keys.last != credentials.accessKeyId { keys.append(credentials.accessKeyId) }
            let reply = try await env.listInvitations(with: credentials)
            if reply.status != 200 { failures.append("\(reply.status) \(reply.errorType ?? "")") }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        #expect(failures.isEmpty)
        #expect(await provider.refreshCount >= 4)
        #expect(keys.count >= 3)
        // No background refresh failed along the way.
        #expect(await provider.lastRefreshError == nil)
        await provider.shutdown()
    }

    @Test func refreshFailureRetriesInTheBackgroundWhileOldCredentialsServe() async throws {
        // Background refreshes start 10 s before expiry, leaving 6 s before the mandatory window for the two failed
        // attempts and their retries, even on a loaded machine.
        let env = try await IdentityTestEnvironment.start(IdentityConfiguration(credentialLifetime: 15))
        defer { Task { await env.stop() } }
        let sts = env.context().stsClient
        let attempts = SharedValue(0)
        let windows = RefreshingCredentialsWindows(
            advisory: 10,
            mandatory: 4,
            minimumValidity: 3,
            retryDelay: 0.2,
            urgentRetryDelay: 0.1
        )
        let provider = RefreshingCredentialProvider(name: "flaky", windows: windows, now: { Date() }) {
            let attempt = attempts.withLock { value -> Int in
                value += 1
                return value
            }
            // The second and third attempts (the first background refreshes) fail like a network outage.
            if attempt == 2 || attempt == 3 {
                throw STSError.service(code: "Throttling", message: "slow down", httpStatus: 400)
            }
            return try await sts.assumeRole(
                .init(roleArn: "arn:aws:iam::111122223333:role/Triage", roleSessionName: "flaky"),
                sourceCredentials: env.baseCredentials
            ).credentials
        }
        let first = try await provider.credentials()
        var failures = 0
        let started = Date()
        while Date().timeIntervalSince(started) < 60, await provider.refreshCount < 2 {
            let credentials = try await provider.credentials()
            if try await env.listInvitations(with: credentials).status != 200 { failures += 1 }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        #expect(failures == 0)
        #expect(attempts.withLock { $0 } >= 4)
        #expect(try await provider.credentials().accessKeyId != first.accessKeyId)
        await provider.shutdown()
    }
}
