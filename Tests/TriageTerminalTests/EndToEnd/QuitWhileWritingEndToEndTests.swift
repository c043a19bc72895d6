import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary in tmux, ended by a signal while a reject is in flight: it waits for the service's answer, so
/// the audit log and the exit summary both say what the service did. The answer must come within the exit's 5 s wait,
/// which a fully loaded test run can stretch, so this runs in the real-time pass.
@Suite(.serialized, RealTimeTests.condition) struct QuitWhileWritingEndToEndTests {
    @Test(arguments: [(SIGTERM, "143"), (SIGHUP, "129")])
    func aSignalWhileARejectIsInFlightWaitsForItsAnswer(signal: Int32, exitCode: String) async throws {
        // Every request takes 1.5 s, so the reject is still in flight when the signal comes.
        let harness = try await EndToEndHarness.start(
            arguments: ["--catalog", "Sandbox"], latency: .milliseconds(1500))
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session
        let all = await harness.emulator.store.invitations(catalog: "Sandbox")
        let target = try #require(
            all.filter { $0.status == .pending && ($0.engagementTitle ?? "").allSatisfy(\.isASCII) }
                .sorted { ($0.id ?? "") < ($1.id ?? "") }.first)
        let id = try #require(target.id)
        let audit = AuditLogLines(
            url: harness.directory.appendingPathComponent("state/partner-triage/audit.jsonl"))

        await session.waitFor("the list", timeout: .seconds(60)) { $0.contains("pending ·") && listRows($0).count > 3 }
        session.send("/")
        session.type(id)
        await session.waitFor("one row left") { listRows($0).count == 1 }
        session.send("Enter")
        session.send("r")
        await session.waitFor("the reason menu") { $0.contains("Unable to support") }
        session.send("5")
        await session.waitFor("the confirmation") { $0.contains("cannot be undone") }
        session.send("y")
        let sent = await audit.waitFor { $0 == ["attempting"] }
        let pid = try #require(await harness.programPID())
        kill(pid, signal)
        await session.waitFor("the exit", timeout: .seconds(120)) { $0.contains("EXIT=\(exitCode)") }

        #expect(sent)
        #expect(await harness.emulator.invitation(id: id, catalog: "Sandbox")?.status == .rejected)
        #expect(audit.outcomes == ["attempting", "rejected"])
        #expect(session.capture().contains("This session: 1 rejected, 0 accepted, 0 failed."))
        await harness.finish()
    }
}

/// The outcomes in the session's audit log, in order.
struct AuditLogLines {
    let url: URL

    var outcomes: [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["outcome"] as? String
        }
    }

    /// Waits (polling, bounded) until the outcomes satisfy `condition`.
    func waitFor(timeout: Duration = .seconds(120), _ condition: ([String]) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(outcomes) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition(outcomes)
    }
}
