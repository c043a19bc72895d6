import Clocks
import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

@Suite struct CredentialRefreshEndToEndTests {
    /// Role credentials live 10 seconds in the emulator; with the refresh windows scaled down to match, a run of
    /// requests spanning several lifetimes never fails and is signed by several successive keys. The emulator and
    /// the provider share test time, moved a second per request, so no machine load can bring an expiry early.
    @Test func credentialsThatExpireDuringALongRunAreRefreshedWithoutAFailedRequest() async throws {
        let time = TestTime()
        try await IdentityTestEnvironment.with(
            IdentityConfiguration(credentialLifetime: 10), now: time.now
        ) { env in
            // Refresh from 6 s left; requests only with at least 4 s left.
            let windows = RefreshingCredentialsWindows(
                advisory: 6,
                mandatory: 5,
                minimumValidity: 4,
                retryDelay: 0.2,
                urgentRetryDelay: 0.1
            )
            let resolver = IdentityResolution(
                profiles: [
                    "base": AssumeRoleEndToEndTests.base,
                    "ops": ["role_arn": "arn:aws:iam::111122223333:role/Triage", "source_profile": "base"],
                ],
                context: env.context(windows: windows, now: time.now, clock: time.clock)
            )
            let provider = try #require(try resolver.resolve(profile: "ops")).provider
            var keys: [String] = []
            var failures: [String] = []
            // Bounded: at most two minutes of test time, done once three refreshes have followed the first fetch.
            for _ in 0..<120 {
                guard await provider.refreshCount < 4 else { break }
                let credentials = try await provider.credentials()
                if keys.last != credentials.accessKeyId { keys.append(credentials.accessKeyId) }
                let reply = try await env.listInvitations(with: credentials, at: time.now())
                if reply.status != 200 { failures.append("\(reply.status) \(reply.errorType ?? "")") }
                await time.advance(1)
            }
            #expect(failures.isEmpty)
            #expect(await provider.refreshCount >= 4)
            #expect(keys.count >= 3)
            // No background refresh failed along the way.
            #expect(await provider.lastRefreshError == nil)
            await provider.shutdown()
        }
    }

    @Test func refreshFailureRetriesInTheBackgroundWhileOldCredentialsServe() async throws {
        // Background refreshes start 10 s before expiry, leaving 6 s before the mandatory window for the two failed
        // attempts and their retries, in test time shared by the emulator and the provider.
        let time = TestTime()
        try await IdentityTestEnvironment.with(
            IdentityConfiguration(credentialLifetime: 15), now: time.now
        ) { env in
            let sts = env.context(now: time.now).stsClient
            let attempts = SharedValue(0)
            let windows = RefreshingCredentialsWindows(
                advisory: 10,
                mandatory: 4,
                minimumValidity: 3,
                retryDelay: 0.2,
                urgentRetryDelay: 0.1
            )
            let provider = RefreshingCredentialProvider(
                name: "flaky", windows: windows, now: time.now, clock: time.clock
            ) {
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
            // Bounded: at most 30 s of test time in steps of 0.2 s, the retry delay.
            for _ in 0..<150 {
                guard await provider.refreshCount < 2 else { break }
                let credentials = try await provider.credentials()
                if try await env.listInvitations(with: credentials, at: time.now()).status != 200 { failures += 1 }
                await time.clock.advance(by: .milliseconds(200))
            }
            #expect(failures == 0)
            #expect(attempts.withLock { $0 } >= 4)
            #expect(try await provider.credentials().accessKeyId != first.accessKeyId)
            await provider.shutdown()
        }
    }
}
