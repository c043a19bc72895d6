import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerTriageCLI
@testable import TriageEffects

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Bulk reject and accept")
struct BulkRunTests {
    private let ids = (1...5).map { String(format: "engi-%013d", $0) }

    @Test func everyInvitationGetsALineAnAuditRecordAndFailuresDoNotStopTheRun() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        var invitations = ids.map { makeInvitation($0) }
        invitations[1].status = .accepted
        invitations[2].status = .rejected
        invitations[2].rejectionReason = "Other"
        let refused = PartnerCentralError.transport(.cannotConnect(.refused), ErrorContext(host: "127.0.0.1:1"))
        let service = FakePartnerCentral(invitations: invitations, failures: [ids[3]: refused])
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        let code = await PartnerTriageMain.run(
            arguments: ["reject"] + ids + [ids[0], "--catalog", "Sandbox", "--reason", "other", "--yes"],
            context: context
        )

        #expect(code == 1)
        let auditPath = home.url.path + "/.local/state/partner-triage/audit.jsonl"
        #expect(
            console.output == """
                engi-0000000000001  rejected
                engi-0000000000002  failed  \(FakePartnerCentral.conflict(.accepted).message)
                engi-0000000000003  already-rejected  was already REJECTED (reason: Other)
                engi-0000000000004  failed  \(refused.message)
                engi-0000000000005  rejected
                Rejected 2 of 5 invitations in Sandbox, 1 unchanged, 2 failed. Audit log: \(auditPath)

                """
        )
        let records = try AuditLog(environment: ["HOME": home.url.path]).decisions()
        #expect(records.map(\.id) == ids)
        #expect(records.map(\.outcome) == [.rejected, .failed, .alreadyRejected, .failed, .rejected])
        #expect(records.map(\.errorCode) == [nil, "ConflictException", "ConflictException", "ConnectionError", nil])
        #expect(records.allSatisfy { $0.reason == "Other" && $0.action == .reject && $0.catalog == "Sandbox" })
        #expect(records[0].requestId == "req-engi-0000000000001")
        #expect(service.status(of: ids[4]) == .rejected)
    }

    @Test func ctrlCStopsSendingPrintsTheSummaryAndExits130() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let signals = ManualSignals()
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        // The signal arrives while the second request is in flight; it still completes.
        service.onReject = { count in if count == 2 { signals.send(SIGINT) } }
        let console = CapturingConsole()
        let context = makeTestContext(
            console: console,
            environment: ["HOME": home.url.path],
            signals: signals,
            service: service
        )

        let code = await PartnerTriageMain.run(
            arguments: ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes"],
            context: context
        )

        #expect(code == 130)
        #expect(service.recordedCalls == ["reject \(ids[0])", "reject \(ids[1])"])
        #expect(console.output.hasPrefix("engi-0000000000001  rejected\nengi-0000000000002  rejected\n"))
        #expect(
            console.output.hasSuffix(
                "Rejected 2 of 5 invitations in Sandbox, 0 failed, 3 not sent (stopped by Ctrl-C). Audit log: "
                    + home.url.path + "/.local/state/partner-triage/audit.jsonl\n"
            )
        )
        #expect(console.errors == "Stopping: no new requests; waiting for the one in flight.\n")
        #expect(try AuditLog(environment: ["HOME": home.url.path]).decisions().count == 2)
    }

    @Test func ctrlCWhileWaitingForTheWriteBudgetSendsNothingMore() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let signals = ManualSignals()
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        // The third request is still waiting for the write budget when Ctrl-C comes: it must never be sent.
        service.onBudgetWait = { count in
            guard count == 3 else { return }
            signals.send(SIGINT)
            try await Task.sleep(for: .seconds(600))
        }
        let console = CapturingConsole()
        let context = makeTestContext(
            console: console, environment: ["HOME": home.url.path], signals: signals, service: service)

        let code = await PartnerTriageMain.run(
            arguments: ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes"],
            context: context
        )

        #expect(code == 130)
        #expect(service.recordedCalls == ["reject \(ids[0])", "reject \(ids[1])"])
        #expect(
            console.output.contains("Rejected 2 of 5 invitations in Sandbox, 0 failed, 3 not sent (stopped by Ctrl-C).")
        )
        #expect(try AuditLog(environment: ["HOME": home.url.path]).decisions().count == 2)
    }

    @Test func idsFromStandardInputAreRead() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let service = FakePartnerCentral(invitations: ids.map { makeInvitation($0) })
        let console = CapturingConsole(input: [ids[0], ids[1], ""])
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        let code = await PartnerTriageMain.run(
            arguments: ["reject", "--from-file", "-", "--catalog", "Sandbox", "--reason", "Other", "--yes"],
            context: context
        )

        #expect(code == 0)
        #expect(service.recordedCalls == ["reject \(ids[0])", "reject \(ids[1])"])
    }

    @Test func aLeadIsAcceptedDirectlyAndItsEngagementIsRead() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        var lead = makeInvitation(ids[0])
        lead.payloadType = .leadInvitation
        let service = FakePartnerCentral(invitations: [lead])
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        let code = await PartnerTriageMain.run(
            arguments: ["accept", ids[0], "--catalog", "Sandbox", "--yes"],
            context: context
        )

        #expect(code == 0)
        #expect(service.recordedCalls == ["get \(ids[0])", "accept \(ids[0])", "engagement eng-00000000000001"])
        #expect(
            console.output.hasPrefix(
                "engi-0000000000001  accepted  lead, engagement eng-00000000000001, contact not shared yet\n"))
        let records = try AuditLog(environment: ["HOME": home.url.path]).decisions()
        #expect(records.map(\.outcome) == [.accepted])
        #expect(records.first?.requestId == "req-accept")
    }

    @Test func acceptWaitsForTheTaskAndReportsTheOpportunity() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let service = FakePartnerCentral(invitations: [makeInvitation(ids[0])])
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        let code = await PartnerTriageMain.run(
            arguments: ["accept", ids[0], "--catalog", "Sandbox", "--yes"],
            context: context
        )

        #expect(code == 0)
        // The invitation is read first: its payload type decides how it is accepted.
        #expect(
            service.recordedCalls == [
                "get \(ids[0])", "start \(ids[0]) token-1-\(ids[0])-1", "tasks [\"task-0000000000001\"]",
            ])
        #expect(console.output.hasPrefix("engi-0000000000001  accepted  opportunity O1234, task task-0000000000001\n"))
        // The same audit lines as the UI: the task's start when it answers, its end when a poll finds it.
        let records = try AuditLog(environment: ["HOME": home.url.path]).decisions()
        #expect(records.map(\.outcome) == [.acceptStarted, .accepted])
        #expect(records.first?.requestId == "req-start")
    }

    @Test func anAcceptWhoseTaskCannotBeFollowedIsRecordedAsStartedAndExitsOne() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let service = FakePartnerCentral(invitations: [makeInvitation(ids[0])])
        let refused = PartnerCentralError.transport(.cannotConnect(.refused), ErrorContext(host: "127.0.0.1:1"))
        service.listTasksFailure = refused
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        let code = await PartnerTriageMain.run(
            arguments: ["accept", ids[0], "--catalog", "Sandbox", "--yes"],
            context: context
        )

        // The task exists, so the audit log must not say the accept failed; but it is not confirmed: exit 1.
        #expect(code == 1)
        let records = try AuditLog(environment: ["HOME": home.url.path]).decisions()
        #expect(records.map(\.outcome) == [.acceptStarted])
        #expect(records.first?.requestId == "req-start")
        #expect(
            console.output.hasPrefix(
                "engi-0000000000001  accept-started  task task-0000000000001 started; could not follow it: "
                    + "\(refused.message)\n"))
        #expect(
            console.output.contains("Accepted 0 of 1 invitation in Sandbox, 1 started but not confirmed, 0 failed."))
    }

    @Test func acceptWithNoWaitOnlyStartsTheTask() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let service = FakePartnerCentral(invitations: [makeInvitation(ids[0])])
        let console = CapturingConsole()
        let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)

        let code = await PartnerTriageMain.run(
            arguments: ["accept", ids[0], "--catalog", "Sandbox", "--yes", "--no-wait"],
            context: context
        )

        #expect(code == 0)
        #expect(service.recordedCalls == ["get \(ids[0])", "start \(ids[0]) token-1-\(ids[0])-1"])
        #expect(console.output.hasPrefix("engi-0000000000001  accept-started  task task-0000000000001 started\n"))
    }

    @Test func anUnwritableAuditLogStopsTheRunBeforeAnythingIsSent() async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation(ids[0])])
        let console = CapturingConsole()
        let connections = ConnectionCounter()
        let context = makeTestContext(
            console: console,
            environment: ["XDG_STATE_HOME": "/proc/partner-triage-test"],
            service: service,
            connections: connections
        )

        let code = await PartnerTriageMain.run(
            arguments: ["reject", ids[0], "--catalog", "Sandbox", "--reason", "Other", "--yes"],
            context: context
        )

        #expect(code == 2)
        #expect(console.errors.hasPrefix("error: Cannot write the audit log /proc/partner-triage-test"))
        #expect(console.errors.hasSuffix("Nothing was sent.\n"))
        #expect(connections.count == 0)
    }
}
