import Foundation
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

/// Role credentials behind an MFA code are not renewed in the background (botocore refuses to refresh them too): no
/// prompt appears unasked before expiry, a cancelled prompt is not repeated behind the user's back, and the first
/// request after expiry asks exactly once. Credentials live 3 seconds in the emulator; the test waits for their
/// expiry as a condition on the clock.
@Suite struct MFARefreshEndToEndTests {
    static let serial = "arn:aws:iam::111122223333:mfa/alice"
    static let profiles: [String: [String: String]] = [
        "base": AssumeRoleEndToEndTests.base,
        "admin": [
            "role_arn": "arn:aws:iam::111122223333:role/Admin", "source_profile": "base", "mfa_serial": serial,
        ],
        // A role chained through the MFA role: its refresh would ask for a code too.
        "ops": ["role_arn": "arn:aws:iam::444455556666:role/Triage", "source_profile": "admin"],
    ]
    /// Scaled to the 3-second lifetime: a background refresh (were there one) would start at once.
    static let windows = RefreshingCredentialsWindows(
        advisory: 2.5,
        mandatory: 2,
        minimumValidity: 1,
        retryDelay: 0.1,
        urgentRetryDelay: 0.1
    )

    /// Counts prompts; answers the right code unless told to cancel the next one (as the UI's Esc does).
    final class CountingPrompter: Sendable {
        private let state = Locked<(asked: Int, cancelNext: Bool)>((0, false))
        var asked: Int { state.withLock { $0.asked } }
        func cancelNext() { state.withLock { $0.cancelNext = true } }
        var prompter: MFATokenCodePrompter {
            { _ in
                let cancel = self.state.withLock { value -> Bool in
                    value.asked += 1
                    defer { value.cancelNext = false }
                    return value.cancelNext
                }
                if cancel { throw CancellationError() }
                return "123456"
            }
        }
    }

    /// Polls until the wall clock passes `date` (bounded by the credentials' own short lifetime).
    func waitUntilPast(_ date: Date?) async throws {
        let date = try #require(date)
        while Date() <= date { try await Task.sleep(for: .milliseconds(50)) }
    }

    /// An emulator issuing 3-second credentials that knows the MFA code, and `profile` resolved with a counting
    /// prompter; the caller stops the emulator.
    func start(_ profile: String) async throws
        -> (IdentityTestEnvironment, CountingPrompter, RefreshingCredentialProvider)
    {
        let env = try await IdentityTestEnvironment.start(
            IdentityConfiguration(credentialLifetime: 3, mfaCodes: [Self.serial: "123456"]))
        let prompts = CountingPrompter()
        let resolver = IdentityProfileResolver(
            profiles: Self.profiles, context: env.context(windows: Self.windows, mfa: prompts.prompter))
        do {
            return (env, prompts, try #require(try resolver.resolve(profile: profile)).provider)
        } catch {
            await env.stop()
            throw error
        }
    }

    @Test func anMFARoleAsksOnlyWhenARequestFindsItsCredentialsExpired() async throws {
        let (env, prompts, provider) = try await start("admin")
        defer { Task { await env.stop() } }
        #expect(!provider.refreshesInBackground)

        let first = try await provider.credentials()
        #expect(prompts.asked == 1)
        #expect(await provider.isBackgroundRefreshScheduled == false)
        // A request inside the advisory window uses what it has and plans nothing.
        #expect(try await provider.credentials() == first)
        #expect(await provider.isBackgroundRefreshScheduled == false)

        // The whole lifetime passes without a prompt nobody asked for.
        try await waitUntilPast(first.expiration)
        #expect(prompts.asked == 1)
        #expect(await env.identity.authority.assumeRoleCalls.count == 1)

        // The next request asks once and gets working credentials.
        let second = try await provider.credentials()
        #expect(prompts.asked == 2)
        #expect(second.accessKeyId != first.accessKeyId)
        #expect(try await env.listInvitations(with: second).status == 200)
        #expect(await env.identity.authority.assumeRoleCalls.map(\.tokenCode) == ["123456", "123456"])

        // A cancelled prompt fails that request and is not retried in the background.
        try await waitUntilPast(second.expiration)
        prompts.cancelNext()
        await #expect(throws: CancellationError.self) { try await provider.credentials() }
        #expect(prompts.asked == 3)
        #expect(await provider.isBackgroundRefreshScheduled == false)
        // The user's next action asks again, once.
        let third = try await provider.credentials()
        #expect(prompts.asked == 4)
        #expect(try await env.listInvitations(with: third).status == 200)
        await provider.shutdown()
    }

    @Test func aRoleChainedThroughAnMFARoleIsNotRefreshedInTheBackgroundEither() async throws {
        let (env, prompts, provider) = try await start("ops")
        defer { Task { await env.stop() } }
        #expect(!provider.refreshesInBackground)

        let first = try await provider.credentials()
        #expect(prompts.asked == 1)
        try await waitUntilPast(first.expiration)
        #expect(prompts.asked == 1)
        #expect(await env.identity.authority.assumeRoleCalls.count == 2)

        let second = try await provider.credentials()
        #expect(prompts.asked == 2)
        #expect(try await env.listInvitations(with: second).status == 200)
        await provider.shutdown()
    }

    @Test func aRoleWithoutMFAStillRefreshesInTheBackground() async throws {
        let env = try await IdentityTestEnvironment.start(IdentityConfiguration(credentialLifetime: 3))
        defer { Task { await env.stop() } }
        let resolver = IdentityProfileResolver(
            profiles: [
                "base": AssumeRoleEndToEndTests.base,
                "plain": ["role_arn": "arn:aws:iam::111122223333:role/Plain", "source_profile": "base"],
            ],
            context: env.context(windows: Self.windows)
        )
        let provider = try #require(try resolver.resolve(profile: "plain")).provider
        #expect(provider.refreshesInBackground)
        _ = try await provider.credentials()
        #expect(await provider.isBackgroundRefreshScheduled)
        await provider.shutdown()
    }
}
