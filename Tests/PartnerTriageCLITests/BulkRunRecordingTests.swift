import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Synchronization
import Testing

@testable import PartnerTriageCLI
@testable import TriageEffects

#if canImport(Glibc)
    import Glibc
#endif

/// What a bulk run leaves in the audit log around each request, and how it ends on a signal.
@Suite("Bulk run recording and stopping")
struct BulkRunRecordingTests {
    private let ids = (1...3).map { String(format: "engi-%013d", $0) }

    private func reject(_ arguments: [String], context: CommandContext) async -> Int32 {
        await PartnerTriageMain.run(
            arguments: ["reject"] + arguments + ["--catalog", "Sandbox", "--reason", "Other", "--yes"],
            context: context)
    }

    @Test func anAttemptingLineIsOnDiskBeforeEachRequestIsSentAndItsOutcomeAfter() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let log = try AuditLog(environment: ["HOME": home.url.path])
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        let seenWhenSent = Mutex<[String]>([])
        service.beforeReject = { id in
            let last = (try? log.records())?.last
            seenWhenSent.withLock { $0.append("\(last?.id ?? "-") \(last?.outcome.rawValue ?? "-")") }
        }
        let context = makeTestContext(environment: ["HOME": home.url.path], service: service)

        let code = await reject(ids, context: context)

        #expect(code == 0)
        #expect(seenWhenSent.withLock { $0 } == ids.map { "\($0) attempting" })
        let records = try log.records()
        #expect(records.map(\.outcome) == [.attempting, .rejected, .attempting, .rejected, .attempting, .rejected])
        #expect(records.map(\.id) == ids.flatMap { [$0, $0] })
        #expect(records.allSatisfy { $0.reason == "Other" && $0.action == .reject })
    }

    @Test func aRequestWhoseAnswerWasLostIsRecordedUnknownNeverFailed() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let lost = PartnerCentralError.transport(.timeout(seconds: 30), ErrorContext(host: "127.0.0.1:1"))
        let refused = PartnerCentralError.transport(.cannotConnect(.refused), ErrorContext(host: "127.0.0.1:1"))
        let service = FakePartnerCentral(
            invitations: ids.map { makeInvitation($0) }, failures: [ids[0]: lost, ids[1]: refused])
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        let code = await reject(ids, context: context)

        #expect(code == 1)
        let records = try AuditLog(environment: ["HOME": home.url.path]).decisions()
        #expect(records.map(\.outcome) == [.unknown, .failed, .rejected])
        #expect(records.map(\.errorCode) == ["RequestTimeout", "ConnectionError", nil])
        let path = home.url.path + "/.local/state/partner-triage/audit.jsonl"
        #expect(
            console.output == """
                engi-0000000000001  unknown  \(lost.message) It may have been carried out: check before retrying.
                engi-0000000000002  failed  \(refused.message)
                engi-0000000000003  rejected
                Rejected 1 of 3 invitations in Sandbox, 1 failed, 1 unknown (sent, answer lost: check with \
                partner-triage show ID --catalog Sandbox). Audit log: \(path)

                """)
    }

    @Test(arguments: [(SIGTERM, Int32(143), "SIGTERM"), (SIGHUP, Int32(129), "SIGHUP")])
    func sigtermAndSighupStopABulkRunLikeCtrlC(signal: Int32, code: Int32, name: String) async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let signals = ManualSignals()
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        service.onReject = { count in if count == 1 { signals.send(signal) } }
        let console = CapturingConsole()
        let context = makeTestContext(
            console: console, environment: ["HOME": home.url.path], signals: signals, service: service)

        let status = await reject(ids, context: context)

        #expect(status == code)
        #expect(service.recordedCalls == ["reject \(ids[0])"])
        #expect(
            console.output.contains(
                "Rejected 1 of 3 invitations in Sandbox, 0 failed, 2 not sent (stopped by \(name))."))
        #expect(
            try AuditLog(environment: ["HOME": home.url.path]).records().map(\.outcome) == [.attempting, .rejected])
    }

    @Test func anIdAndItsARNAreOneInvitationActedOnOnce() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)
        let arn = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\(ids[0])"

        let code = await reject([ids[0], arn, ids[1]], context: context)

        #expect(code == 0)
        #expect(service.recordedCalls == ["reject \(ids[0])", "reject \(ids[1])"])
        #expect(console.output.contains("Rejected 2 of 2 invitations in Sandbox, 0 failed."))
    }

    @Test func resultLinesShowWholeARNs() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        // Two ARNs that differ only after the 80th character.
        let prefix = "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/"
        let arns = ["engi-aaaaaaaaaaaa1", "engi-aaaaaaaaaaaa2"].map { prefix + String(repeating: "x", count: 20) + $0 }
        let service = FakePartnerCentral(invitations: [])
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        _ = await reject(arns, context: context)

        let lines = console.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(arns[0] + "  failed"))
        #expect(lines[1].hasPrefix(arns[1] + "  failed"))
    }

    @Test(.timeLimit(.minutes(2)))
    func ctrlCWhileAcceptWaitsForTheTaskStopsWaitingAtOnce() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let signals = ManualSignals()
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        service.tasksStayInProgress = true
        let interrupted = SharedValue(false)
        service.onListTasks = { poll in
            if poll == 2 {
                interrupted.withLock { $0 = true }
                signals.send(SIGINT)
            }
        }
        let console = CapturingConsole()
        var context = makeTestContext(
            console: console, environment: ["HOME": home.url.path], signals: signals, service: service)
        // The waits before Ctrl-C pass at once; the one after it would outlast the test, so the run can only end
        // because the stop ended that wait, however slow the machine.
        let waitedOut = SharedValue(false)
        context.sleep = { _ in
            guard interrupted.withLock({ $0 }) else { return }
            try await Task.sleep(for: .seconds(3600))
            waitedOut.withLock { $0 = true }
        }

        let code = await PartnerTriageMain.run(
            arguments: ["accept"] + ids + ["--catalog", "Sandbox", "--yes"], context: context)

        #expect(code == 130)
        #expect(!waitedOut.withLock { $0 })
        #expect(service.recordedCalls.filter { $0.hasPrefix("tasks") }.count == 2)
        #expect(!service.recordedCalls.contains { $0.hasPrefix("start \(ids[1])") })
        let records = try AuditLog(environment: ["HOME": home.url.path]).decisions()
        #expect(records.map(\.outcome) == [.acceptStarted])
        #expect(
            console.output.hasPrefix(
                "engi-0000000000001  accept-started  task task-0000000000001 started; stopped waiting, it goes on at "
                    + "AWS: check it later with partner-triage show engi-0000000000001 --catalog Sandbox\n"))
        #expect(console.output.contains("2 not sent (stopped by Ctrl-C)"))
    }
}
