import AsyncHTTPClient
import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing
import TriageCore
import TriageTerminal

@testable import PartnerTriageCLI
@testable import TriageEffects

/// An SSO profile without a usable token, through the UI's real wiring (``ServiceConnection``, the effect runner,
/// `update`) against the emulator: the failure arrives as one line naming `aws sso login --profile corp`, the list
/// screen stays open, and once the user has signed in, `R` loads the invitations.
@Suite struct SSOLoginRequiredUITests {
    static let startURL = "https://d-1234567890.awsapps.com/start"

    /// Runs `effects` through the runner and feeds every answer back into `state` until `done` holds (bounded).
    func run(
        _ effects: [TriageEffect],
        on state: inout TriageState,
        runner: EffectRunner,
        until done: (TriageState) -> Bool
    ) async {
        let mailbox = Mailbox()
        for effect in effects { runner.start(effect, mailbox: mailbox) }
        let deadline = ContinuousClock.now + .seconds(120)
        while !done(state) && ContinuousClock.now < deadline {
            for item in mailbox.drain() {
                guard case .message(let message) = item else { continue }
                for effect in state.update(message) { runner.start(effect, mailbox: mailbox) }
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    @Test func anSSOLoginRequiredErrorIsOneLineAndTheSessionStaysUsable() async throws {
        let identity = IdentityService(keyMaterial: Array(repeating: 7, count: 32))
        try await RunningEmulator.with(
            EmulatorConfiguration(
                port: 0,
                seed: EmulatorSeed(invitations: [
                    EngagementInvitation(
                        payloadType: .opportunityInvitation, id: "engi-sso0000000001", engagementTitle: "Project",
                        status: .pending, invitationDate: Timestamp(Date()),
                        expirationDate: Timestamp(Date().addingTimeInterval(86_400 * 10)),
                        senderCompanyName: "Example", catalog: "Sandbox")
                ]), rebaseSeedDates: false, extensions: [identity], secretKey: Array(repeating: 3, count: 32))
        ) { emulator in
            let home = try TemporaryDirectory()
            defer { home.cleanUp() }
            let config = home.url.appendingPathComponent("config")
            try Data(
                """
                [profile corp]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = PartnerTriage
                region = us-east-1

                [sso-session corp]
                sso_start_url = \(Self.startURL)
                sso_region = us-east-1
                """.utf8
            ).write(to: config)
            let url = emulator.endpoint.absoluteString
            let environment = [
                "HOME": home.url.path, "AWS_CONFIG_FILE": config.path,
                "AWS_SHARED_CREDENTIALS_FILE": home.url.appendingPathComponent("credentials").path,
                "AWS_ENDPOINT_URL_STS": url, "AWS_ENDPOINT_URL_SSO": url, "AWS_ENDPOINT_URL_SSO_OIDC": url,
            ]
            let connection = try await ServiceConnection.open(
                ClientOptions(profile: "corp", endpointURL: url), environment: environment, mfaPrompter: nil)
            // Shut down however the test ends: a failed #require must not leave a live HTTP client to crash the run.
            try await stopping(connection, with: { await $0.shutdown() }) { connection in
                let runner = EffectRunner(service: connection.service, audit: nil, clock: { Date() }, sleep: { _ in })
                var state = TriageState(
                    catalog: .sandbox, identityLabel: connection.identity, now: Date(), sessionNonce: "n")

                // No `aws sso login` yet: the first page fails with the one line the user needs.
                await run(state.start(), on: &state, runner: runner) { $0.listError != nil }
                let error = try #require(state.listError)
                #expect(error.hasSuffix("To sign in again, run: aws sso login --profile corp"))
                #expect(error.contains("SSO session for profile \"corp\" has no cached token"))
                #expect(!error.contains("\n"))
                #expect(state.footer?.text.contains("aws sso login --profile corp") == true)
                #expect(state.footer?.severity == .error)
                #expect(state.screen == .list)

                // The user signs in (the token `aws sso login` would cache) and presses R in the same session.
                let expiry = Date().addingTimeInterval(3600)
                await identity.authority.seedAccessToken("token-after-login", expiresAt: expiry)
                try SSOTokenCache(directory: SSOTokenCache.defaultDirectory(home: home.url)).save(
                    SSOToken(accessToken: "token-after-login", expiresAt: ISO8601DateFormatter().string(from: expiry)),
                    sessionName: "corp",
                    startURL: Self.startURL
                )
                await run(state.update(.key(.char("R"))), on: &state, runner: runner) { !$0.visibleRows.isEmpty }
                #expect(state.listError == nil)
                #expect(state.visibleRows.map(\.id) == ["engi-sso0000000001"])
                #expect(state.screen == .list)
            }
        }
    }
}
