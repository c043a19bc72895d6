import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

/// Role credentials behind an MFA code are not renewed in the background (botocore refuses to refresh them too): no
/// prompt appears unasked before expiry, a cancelled prompt is not repeated behind the user's back, and the first
/// request after expiry asks exactly once. The emulator and the provider read one clock the test moves by hand, so
/// a loaded machine cannot push a request into the refresh window by accident.
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
    /// Credentials live a minute on the hand-moved clock; signatures stay well inside the emulator's skew allowance.
    static let lifetime: TimeInterval = 60
    /// Scaled to the minute: a background refresh (were there one) would be planned 45 s after each fetch.
    static let windows = RefreshingCredentialsWindows(
        advisory: 15,
        mandatory: 10,
        minimumValidity: 5,
        retryDelay: 0.1,
        urgentRetryDelay: 0.1
    )

    /// Counts prompts; answers the right code unless told to cancel the next one (as the UI's Esc does).
    final class CountingPrompter: Sendable {
        private let state = SharedValue<(asked: Int, cancelNext: Bool)>((0, false))
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

    /// A clock on a whole second, since STS writes expiry times in whole seconds.
    static func clock() -> TestTime {
        TestTime(start: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))
    }

    /// Moves `clock` just past `date`, as if the credentials' whole lifetime went by.
    func advance(_ clock: TestTime, pastExpiry date: Date?) async throws {
        let date = try #require(date)
        await clock.set(date.addingTimeInterval(1))
    }

    /// Runs `body` with an emulator issuing one-minute credentials that knows the MFA code and `profile` resolved
    /// with a counting prompter, both on `clock`; the emulator is stopped once `body` returns or throws.
    func withResolved(
        _ profile: String,
        clock: TestTime,
        _ body: (IdentityTestEnvironment, CountingPrompter, RefreshingCredentialProvider) async throws -> Void
    ) async throws {
        try await IdentityTestEnvironment.with(
            IdentityConfiguration(credentialLifetime: Self.lifetime, mfaCodes: [Self.serial: "123456"]),
            now: clock.now
        ) { env in
            let prompts = CountingPrompter()
            let context = env.context(windows: Self.windows, mfa: prompts.prompter, now: clock.now)
            let resolver = IdentityResolution(profiles: Self.profiles, context: context)
            try await body(env, prompts, try #require(try resolver.resolve(profile: profile)).provider)
        }
    }

    @Test func anMFARoleAsksOnlyWhenARequestFindsItsCredentialsExpired() async throws {
        let clock = Self.clock()
        try await withResolved("admin", clock: clock) { env, prompts, provider in
            #expect(!provider.refreshesInBackground)

            let first = try await provider.credentials()
            #expect(prompts.asked == 1)
            #expect(await provider.isBackgroundRefreshScheduled == false)
            // A request later in the lifetime, inside the advisory window, uses what it has and plans nothing.
            await clock.advance(Self.lifetime - Self.windows.advisory + 1)
            #expect(try await provider.credentials() == first)
            #expect(await provider.isBackgroundRefreshScheduled == false)

            // The whole lifetime passes without a prompt nobody asked for.
            try await advance(clock, pastExpiry: first.expiration)
            #expect(prompts.asked == 1)
            #expect(await env.identity.authority.assumeRoleCalls.count == 1)

            // The next request asks once and gets working credentials.
            let second = try await provider.credentials()
            #expect(prompts.asked == 2)
            #expect(second.accessKeyId != first.accessKeyId)
            #expect(try await env.listInvitations(with: second).status == 200)
            #expect(await env.identity.authority.assumeRoleCalls.map(\.tokenCode) == ["123456", "123456"])

            // A cancelled prompt fails that request and is not retried in the background.
            try await advance(clock, pastExpiry: second.expiration)
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
    }

    @Test func aRoleChainedThroughAnMFARoleIsNotRefreshedInTheBackgroundEither() async throws {
        let clock = Self.clock()
        try await withResolved("ops", clock: clock) { env, prompts, provider in
            #expect(!provider.refreshesInBackground)

            let first = try await provider.credentials()
            #expect(prompts.asked == 1)
            #expect(await provider.isBackgroundRefreshScheduled == false)
            try await advance(clock, pastExpiry: first.expiration)
            #expect(prompts.asked == 1)
            #expect(await env.identity.authority.assumeRoleCalls.count == 2)

            let second = try await provider.credentials()
            #expect(prompts.asked == 2)
            #expect(try await env.listInvitations(with: second).status == 200)
            await provider.shutdown()
        }
    }

    @Test func aRoleWithoutMFAStillRefreshesInTheBackground() async throws {
        let clock = Self.clock()
        try await IdentityTestEnvironment.with(
            IdentityConfiguration(credentialLifetime: Self.lifetime), now: clock.now
        ) { env in
            let resolver = IdentityResolution(
                profiles: [
                    "base": AssumeRoleEndToEndTests.base,
                    "plain": ["role_arn": "arn:aws:iam::111122223333:role/Plain", "source_profile": "base"],
                ],
                context: env.context(windows: Self.windows, now: clock.now)
            )
            let provider = try #require(try resolver.resolve(profile: "plain")).provider
            #expect(provider.refreshesInBackground)
            _ = try await provider.credentials()
            #expect(await provider.isBackgroundRefreshScheduled)
            await provider.shutdown()
        }
    }
}
