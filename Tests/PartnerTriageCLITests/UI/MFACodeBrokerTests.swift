import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing
import TriageCore
import TriageTerminal

@testable import PartnerTriageCLI
@testable import TriageEffects

/// The UI's MFA prompts: the credentials ask through the mailbox, the dialog's `.answerMFA` effect answers.
@Suite struct MFACodeBrokerTests {
    static let request = MFATokenCodeRequest(
        profile: "ops", serialNumber: "arn:aws:iam::111122223333:mfa/alice",
        roleArn: "arn:aws:iam::444455556666:role/Triage")

    /// Waits (bounded) for the next message in the mailbox.
    func nextMessage(_ mailbox: Mailbox, timeout: Duration = .seconds(120)) async -> TriageMessage? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            for item in mailbox.drain() {
                if case .message(let message) = item { return message }
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return nil
    }

    /// The prompt of an `.mfaCodeRequested` message (messages are not Equatable).
    func prompt(of message: TriageMessage?) -> String? {
        if case .mfaCodeRequested(let prompt)? = message { return prompt }
        return nil
    }

    @Test func aPromptOpensTheDialogAndTheAnswerEffectReturnsTheCode() async throws {
        let mailbox = Mailbox()
        let broker = MFACodeBroker(mailbox: mailbox)
        let runner = EffectRunner(
            service: FakeTriageService(), audit: nil, clock: { Date(timeIntervalSince1970: 0) },
            answerMFA: broker.answer)
        let prompter = broker.prompter
        let asking = Task { try await prompter(Self.request) }
        #expect(prompt(of: await nextMessage(mailbox)) == Self.request.prompt)
        runner.start(.answerMFA(code: "123456"), mailbox: mailbox)
        #expect(try await asking.value == "123456")
    }

    @Test func cancellingInTheDialogFailsTheRequestWithAClearMessage() async {
        let mailbox = Mailbox()
        let broker = MFACodeBroker(mailbox: mailbox)
        let prompter = broker.prompter
        let asking = Task { try await prompter(Self.request) }
        _ = await nextMessage(mailbox)
        broker.answer(nil)
        await #expect(throws: MFACodeDialogError.cancelled) { try await asking.value }
        #expect(MFACodeDialogError.cancelled.description.contains("No MFA code was entered"))
    }

    @Test func aSecondPromptWaitsForTheFirstAnswer() async throws {
        let mailbox = Mailbox()
        let broker = MFACodeBroker(mailbox: mailbox)
        let prompter = broker.prompter
        let first = Task { try await prompter(Self.request) }
        #expect(await nextMessage(mailbox) != nil)
        var other = Self.request
        other.serialNumber = "arn:aws:iam::111122223333:mfa/bob"
        let asked = SharedFlag()
        let second = Task {
            asked.set()
            return try await prompter(other)
        }
        // The second dialog opens only after the first is answered: once the second request has been made, the
        // first dialog is still the only one, and answering it opens the second exactly once.
        await waitUntil("the second request to be made") { asked.isSet }
        #expect(mailbox.drain().isEmpty)
        broker.answer("111111")
        #expect(try await first.value == "111111")
        #expect(prompt(of: await nextMessage(mailbox)) == other.prompt)
        broker.answer("222222")
        #expect(try await second.value == "222222")
        #expect(mailbox.drain().isEmpty)
    }

    @Test func closingFailsWaitingAndLaterPrompts() async {
        let mailbox = Mailbox()
        let broker = MFACodeBroker(mailbox: mailbox)
        let prompter = broker.prompter
        let asking = Task { try await prompter(Self.request) }
        _ = await nextMessage(mailbox)
        broker.close()
        await #expect(throws: MFACodeDialogError.closed) { try await asking.value }
        await #expect(throws: MFACodeDialogError.closed) { try await prompter(Self.request) }
    }

    /// The UI's connection against the emulator's STS: the header names the role and account, the first page asks
    /// for the code through the mailbox, and the answer lets the page load with the role's credentials.
    @Test func theUIsConnectionAsksThroughTheDialogAndLoadsWithTheRole() async throws {
        let identity = IdentityService(
            configuration: IdentityConfiguration(mfaCodes: [Self.request.serialNumber: "654321"]),
            keyMaterial: Array(repeating: 3, count: 32))
        try await RunningEmulator.with(
            EmulatorConfiguration(
                port: 0,
                seed: EmulatorSeed(invitations: [
                    EngagementInvitation(
                        payloadType: .opportunityInvitation, id: "engi-mfa0000000001", engagementTitle: "Project",
                        status: .pending, invitationDate: Timestamp(Date()),
                        expirationDate: Timestamp(Date().addingTimeInterval(86_400 * 10)),
                        senderCompanyName: "Example", catalog: "Sandbox")
                ]), rebaseSeedDates: false, extensions: [identity])
        ) { emulator in
            let home = try TemporaryDirectory(prefix: "pt-mfa-ui").url
            defer { try? FileManager.default.removeItem(at: home) }
            let keys = EmulatorConfiguration.demoCredentials
            try """
            [profile base]
            aws_access_key_id = \(keys.accessKeyId)
            aws_secret_access_key = \(keys.secretAccessKey)
            [profile ops]
            role_arn = \(Self.request.roleArn)
            source_profile = base
            mfa_serial = \(Self.request.serialNumber)
            region = us-east-1
            """.write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
            let endpoint = emulator.endpoint.absoluteString
            let options = UILaunchOptions(
                catalog: .sandbox, client: ClientOptions(profile: "ops", endpointURL: endpoint),
                environment: [
                    "HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent("config").path,
                    "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent("credentials").path,
                    "AWS_ENDPOINT_URL_STS": endpoint,
                ])
            let mailbox = Mailbox()
            let broker = MFACodeBroker(mailbox: mailbox)
            let connection = try await ServiceConnection.open(
                options.client, environment: options.environment, mfaPrompter: broker.prompter)
            // Shut down however the test ends: a failed expectation must not leave a live HTTP client behind.
            try await stopping(connection, with: { await $0.shutdown() }) { connection in
                #expect(
                    options.headerIdentity(connection.identity, endpoint: connection.endpoint)
                        == "profile ops · role Triage · account 444455556666 · endpoint \(endpoint)")
                let runner = EffectRunner(
                    service: connection.service, audit: nil, clock: { Date() }, sleep: { _ in },
                    answerMFA: broker.answer)
                runner.start(
                    .listPage(catalog: .sandbox, query: ListQuery(), token: nil, generation: 1, priority: .foreground),
                    mailbox: mailbox)
                #expect(prompt(of: await nextMessage(mailbox)) == Self.request.prompt)
                runner.start(.answerMFA(code: "654321"), mailbox: mailbox)
                let loaded = await nextMessage(mailbox)
                guard case .pageLoaded(_, 1, let summaries, _) = loaded else {
                    Issue.record("expected the page, got \(String(describing: loaded))")
                    broker.close()
                    return
                }
                #expect(summaries.map(\.id) == ["engi-mfa0000000001"])
                broker.close()
                runner.cancelAll()
            }
        }
    }
}
