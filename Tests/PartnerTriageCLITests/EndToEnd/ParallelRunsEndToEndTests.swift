import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// Separate `partner-triage` processes of one user, writing for the same account at once, share the write quota.
@Suite("Parallel runs end to end", .timeLimit(.minutes(2)), RealTimeTests.condition)
struct ParallelRunsEndToEndTests {
    @Test func threeParallelRejectRunsAgainstEnforcedQuotasAreNeverThrottled() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 6), enforceQuotas: true) { environment in
            let ids = (1...6).map(EndToEndSeed.id)
            // One attempt only: a throttled write fails the run instead of being retried out of sight.
            var childEnvironment = environment.environment
            childEnvironment["AWS_MAX_ATTEMPTS"] = "1"
            var children: [ChildProcess] = []
            for index in 0..<3 {
                try await children.append(
                    ChildProcess(
                        environment.binary,
                        [
                            "reject", ids[index * 2], ids[index * 2 + 1], "--catalog", "Sandbox", "--reason", "Other",
                            "--yes",
                        ]
                            + ["--endpoint-url", environment.endpoint],
                        environment: childEnvironment))
            }
            for child in children {
                let status = await child.waitForExit(timeout: .seconds(60))
                #expect(status == 0, "\(child.stdout)\n\(child.stderr)")
                #expect(!child.stdout.contains("Throttling") && !child.stderr.contains("Throttling"))
                #expect(child.stdout.split(separator: "\n").filter { $0.hasSuffix("  rejected") }.count == 2)
            }
            for id in ids { #expect(await environment.status(id) == .rejected) }
            let outcomes = environment.auditLog.lines.compactMap { $0["outcome"] as? String }
            #expect(outcomes.filter { $0 != "attempting" } == Array(repeating: "rejected", count: 6), "\(outcomes)")
            #expect(outcomes.filter { $0 == "attempting" }.count == 6)
        }
    }
}
