import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing
import TriageEffects

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary's bulk runs stopped by SIGTERM, SIGHUP and SIGKILL, and Ctrl-C while `accept` follows a task:
/// the audit log never loses a request that was sent and never claims a failure it does not know.
@Suite("Bulk runs stopped by signals, end to end", .timeLimit(.minutes(3)))
struct BulkRunSignalEndToEndTests {
    /// Waits (polling, bounded) for `condition` on the audit log.
    private func waitForAuditLog(
        _ log: AuditLogFile, timeout: Duration = .seconds(120), _ condition: ([[String: Any]]) -> Bool
    ) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(log.lines) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition(log.lines)
    }

    @Test(arguments: [(SIGTERM, Int32(143), "SIGTERM"), (SIGHUP, Int32(129), "SIGHUP")])
    func aSignalDuringABulkRunFinishesTheRequestInFlightAndPrintsTheSummary(
        signal: Int32, code: Int32, name: String
    ) async throws {
        try await EndToEndEnvironment.with(
            seed: EndToEndSeed.make(pending: 6), enforceQuotas: true, latency: .milliseconds(300)
        ) { environment in
            let ids = (1...6).map(EndToEndSeed.id)

            let child = try await environment.start(
                ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes"])
            // Signal while the second request is in flight: its attempting line is the last one.
            let inFlight = await waitForAuditLog(environment.auditLog) { lines in
                lines.count == 3 && lines.last?["outcome"] as? String == "attempting"
            }
            child.signal(signal)
            let status = await child.waitForExit(timeout: .seconds(30))

            #expect(inFlight)
            #expect(status == code, "\(child.stderr)")
            #expect(child.stdout.contains("not sent (stopped by \(name)). Audit log: "), "\(child.stdout)")
            var rejected: [String] = []
            for id in ids where await environment.status(id) == .rejected { rejected.append(id) }
            #expect(rejected == Array(ids.prefix(2)))
            #expect(environment.auditLog.decisions.compactMap { $0["id"] as? String } == rejected)
            #expect(environment.auditLog.decisions.allSatisfy { $0["outcome"] as? String == "rejected" })
        }
    }

    @Test func killNineDuringARequestLeavesItsAttemptingLineAndNoFalseFailure() async throws {
        try await EndToEndEnvironment.with(
            seed: EndToEndSeed.make(pending: 3), latency: .milliseconds(1500)
        ) { environment in
            let ids = (1...3).map(EndToEndSeed.id)

            let child = try await environment.start(
                ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes"])
            let inFlight = await waitForAuditLog(environment.auditLog) { lines in
                lines.last?["outcome"] as? String == "attempting"
            }
            child.signal(SIGKILL)
            _ = await child.waitForExit(timeout: .seconds(30))

            #expect(inFlight)
            let lines = environment.auditLog.lines
            #expect(!lines.contains { $0["outcome"] as? String == "failed" })
            // Every invitation the service rejected has at least its attempting line.
            for id in ids where await environment.status(id) == .rejected {
                #expect(
                    lines.contains { $0["id"] as? String == id && $0["outcome"] as? String == "attempting" }, "\(id)")
            }
            #expect(lines.first?["id"] as? String == ids[0])
        }
    }

    @Test func ctrlCWhileAcceptWaitsForTheTaskStopsWaitingAtOnceAndExits130() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 2), taskDuration: 600) { environment in
            let id = EndToEndSeed.id(1)

            let child = try await environment.start(["accept", id, EndToEndSeed.id(2), "--catalog", "Sandbox", "--yes"])
            // Once the attempting line is there the start request goes out whatever comes; a stop then only ends the
            // wait for the task (which would take ten minutes).
            let started = await waitForAuditLog(environment.auditLog) { !$0.isEmpty }
            child.signal(SIGINT)
            let begun = ContinuousClock.now
            let status = await child.waitForExit(timeout: .seconds(30))

            #expect(started)
            #expect(status == 130, "\(child.stderr)")
            // The task would take ten minutes; the bound only has to tell "at once" from that on a loaded machine.
            #expect(ContinuousClock.now - begun < .seconds(60))
            #expect(
                child.stdout.contains(
                    "stopped waiting, it goes on at AWS: check it later with partner-triage show \(id)"))
            #expect(environment.auditLog.decisions.map { $0["outcome"] as? String } == ["accept-started"])
        }
    }
}
