import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary's `reject --grace`: a countdown on standard error, and Ctrl-C in it ends the command with
/// nothing sent.
@Suite("Reject grace window, end to end", .timeLimit(.minutes(3)))
struct GraceCountdownEndToEndTests {
    /// Waits (polling, bounded) for `condition` on the child's standard error.
    private func waitForStandardError(_ child: ChildProcess, _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if condition(child.stderr) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition(child.stderr)
    }

    @Test func ctrlCDuringTheCountdownSendsNothingAndExits130() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 3)) { environment in
            let ids = (1...3).map(EndToEndSeed.id)

            let child = try await environment.start(
                ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes", "--grace", "30"])
            let counting = await waitForStandardError(child) { $0.contains("Rejecting 3 invitations in 30 s") }
            child.signal(SIGINT)
            let status = await child.waitForExit(timeout: .seconds(30))

            #expect(counting, "\(child.stderr)")
            #expect(status == 130, "\(child.stderr)")
            #expect(child.stderr.hasSuffix("error: Cancelled by Ctrl-C during the grace window; nothing was sent.\n"))
            #expect(await environment.emulator.store.writes == [])
            for id in ids { #expect(await environment.status(id) == .pending) }
            #expect(environment.auditLog.lines.isEmpty)
        }
    }

    @Test func aCountdownLeftToRunSendsEachRejectOnce() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 2)) { environment in
            let ids = (1...2).map(EndToEndSeed.id)

            let result = try await environment.run(
                ["reject"] + ids + ["--catalog", "Sandbox", "--reason", "Other", "--yes", "--grace", "1"])

            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stderr.contains(
                    "Rejecting 2 invitations in 1 s; Ctrl-C cancels, and nothing is sent before then: 1 sending.\n"))
            #expect(await environment.emulator.store.writes == ids.map { "reject \($0)" })
        }
    }
}
