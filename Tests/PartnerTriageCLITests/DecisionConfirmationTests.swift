import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Synchronization
import Testing
import TriageEffects

@testable import PartnerTriageCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The command line's question before a decision names each invitation (id and title), the catalog and who sends
/// it; a reject then waits out its grace window, which Ctrl-C ends with nothing sent.
@Suite struct DecisionConfirmationTests {
    static let ids = (1...3).map { String(format: "engi-000000000000%d", $0) }
    static let destination = AuditDestination(
        account: "444455556666", credentials: "profile ops · role Triage",
        endpoint: "https://partnercentral-selling.us-east-1.api.aws")

    /// Runs `arguments` on a fake terminal answering `input`; returns the exit code and what was written.
    private func run(
        _ arguments: [String], input: [String] = [], service: FakePartnerCentral,
        signals: ManualSignals = ManualSignals(),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { _ in }
    ) async throws -> (code: Int32, out: String, err: String, audit: [AuditRecord]) {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let console = CapturingConsole(input: input)
        let context = makeTestContext(
            console: console, environment: ["HOME": home.url.path], stdinIsTerminal: true, signals: signals,
            service: service, destination: Self.destination, sleep: sleep)
        let code = await PartnerTriageMain.run(arguments: arguments, context: context)
        let audit = try AuditLog(environment: ["HOME": home.url.path]).records()
        return (code, console.output, console.errors, audit)
    }

    @Test func theQuestionListsEachIdAndTitleTheCatalogAndTheIdentity() async throws {
        let service = FakePartnerCentral(invitations: [
            makeInvitation(Self.ids[0], title: "Win\u{1b}]0;pwned\u{07}\u{1b}[2J\u{202e}txt.exe"),
            makeInvitation(Self.ids[1], title: "Migration wave 2 — 東京"),
        ])
        let result = try await run(
            ["reject", Self.ids[0], Self.ids[1], Self.ids[2], "--catalog", "Sandbox", "--reason", "Other"],
            input: ["n"], service: service)

        #expect(result.code == 2)
        #expect(
            result.err == """
                Reject 3 invitations:
                  engi-0000000000001  Win^[]0;pwned^G^[[2J<U+202E>txt.exe
                  engi-0000000000002  Migration wave 2 — 東京
                  engi-0000000000003  (not found in this catalog)
                Catalog: Sandbox (testing).
                As: profile ops · role Triage · account 444455556666
                Endpoint: https://partnercentral-selling.us-east-1.api.aws
                Reason: Other
                Continue? [y/N] error: Cancelled; nothing was sent.

                """)
        #expect(!result.err.contains("\u{1b}"))
        #expect(service.recordedCalls == Self.ids.map { "get \($0)" })
    }

    @Test func aLongListShowsTheFirstTwentyAndHowManyMore() async throws {
        let ids = (1...25).map { String(format: "engi-%013d", $0) }
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        let result = try await run(
            ["accept"] + ids + ["--catalog", "AWS"], input: ["n"], service: service)

        #expect(result.code == 2)
        #expect(result.err.hasPrefix("Accept 25 invitations (each creates an opportunity):\n"))
        #expect(result.err.contains("  engi-0000000000020  Data platform migration\n  … and 5 more\nCatalog: AWS"))
        #expect(!result.err.contains("engi-0000000000021"))
        // Titles are read only for the invitations listed, and nothing is written.
        #expect(service.recordedCalls == ids.prefix(20).map { "get \($0)" })
    }

    @Test func theAccountIsNotRepeatedWhenTheCredentialsAlreadyNameIt() {
        let lines = Confirmation.identityLines(
            AuditDestination(
                account: "444455556666", credentials: "profile sso · account 444455556666",
                endpoint: "http://127.0.0.1:4777"))
        #expect(lines == ["As: profile sso · account 444455556666", "Endpoint: http://127.0.0.1:4777"])
    }

    @Test func yesCountsDownThenSendsTheRejectOnce() async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation(Self.ids[0])])
        let sleeps = SleepRecorder()
        let result = try await run(
            ["reject", Self.ids[0], "--catalog", "Sandbox", "--reason", "Other"], input: ["y"], service: service,
            sleep: { try await sleeps.sleep($0) })

        #expect(result.code == 0, "\(result.err)")
        #expect(
            result.err.hasSuffix(
                "Continue? [y/N] Rejecting 1 invitation in 5 s; Ctrl-C cancels, and nothing is sent before then: "
                    + "5 4 3 2 1 sending.\n"))
        #expect(sleeps.count >= 5)
        #expect(service.recordedCalls == ["get \(Self.ids[0])", "reject \(Self.ids[0])"])
    }

    @Test func withYesAndNoGraceNothingWaits() async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation(Self.ids[0])])
        let result = try await run(
            ["reject", Self.ids[0], "--catalog", "Sandbox", "--reason", "Other", "--yes"], service: service)
        #expect(result.code == 0)
        #expect(!result.err.contains("Ctrl-C cancels"))
        #expect(service.recordedCalls == ["reject \(Self.ids[0])"])
    }

    @Test func graceWithYesWaitsToo() async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation(Self.ids[0])])
        let result = try await run(
            ["reject", Self.ids[0], "--catalog", "Sandbox", "--reason", "Other", "--yes", "--grace", "2"],
            service: service)
        #expect(result.code == 0)
        #expect(
            result.err.contains(
                "Rejecting 1 invitation in 2 s; Ctrl-C cancels, and nothing is sent before then: 2 1 sending.\n"))
        #expect(service.recordedCalls == ["reject \(Self.ids[0])"])
    }

    @Test func ctrlCDuringTheCountdownSendsNothingAndExits130() async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation(Self.ids[0]), makeInvitation(Self.ids[1])])
        let signals = ManualSignals()
        // The first second of the countdown is interrupted by Ctrl-C; the wait then lasts until it is cancelled.
        let result = try await run(
            [
                "reject", Self.ids[0], Self.ids[1], "--catalog", "Sandbox", "--reason", "Other", "--yes", "--grace",
                "30",
            ],
            service: service, signals: signals,
            sleep: { _ in
                signals.send(SIGINT)
                try await Task.sleep(for: .seconds(600))
            })

        #expect(result.code == 130)
        #expect(result.err.contains("nothing is sent before then: 30 \n"))
        #expect(result.err.hasSuffix("error: Cancelled by Ctrl-C during the grace window; nothing was sent.\n"))
        #expect(result.out == "")
        #expect(service.recordedCalls == [])
        #expect(result.audit.isEmpty)
    }

    @Test func aGraceOutsideItsRangeIsRefusedBeforeAnythingIsRead() async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation(Self.ids[0])])
        for value in ["--grace=-1", "--grace=601"] {
            let result = try await run(
                ["reject", Self.ids[0], "--catalog", "Sandbox", "--reason", "Other", value],
                service: service)
            #expect(result.code == 2)
            #expect(result.err.hasPrefix("error: --grace takes whole seconds from 0 to 600; 0 sends at once."))
        }
        #expect(service.recordedCalls == [])
    }
}

/// Counts the countdown's one-second sleeps without sleeping.
final class SleepRecorder: Sendable {
    private let calls = SharedCounter()
    var count: Int { calls.value }
    func sleep(_ duration: Duration) async throws { calls.increment() }
}

/// A thread-safe counter.
final class SharedCounter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func increment() { count.withLock { $0 += 1 } }
}
