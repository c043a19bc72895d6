import AsyncHTTPClient
import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// Parallel runs of one user against one account share the write quota through a file, so together they stay within
/// it: no write is throttled, and the writes are spread over at least one interval each.
@Suite("Shared write budget", .serialized, RealTimeTests.condition)
struct SharedWriteBudgetTests {
    @Test func separateClientsWritingInParallelAreNeverThrottled() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pt-budget-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let configure: (inout EmulatorConfiguration) -> Void = { $0.enforceQuotas = true }
        try await withLiveEmulator(configure) { emulator in
            let httpClient = HTTPClient(
                eventLoopGroupProvider: .singleton,
                configuration: PartnerCentralClient.httpClientConfiguration(connectTimeout: 2, readTimeout: 10))
            let now = Date()
            let pending = await emulator.store.invitations(catalog: "Sandbox").filter {
                $0.status == .pending && ($0.expirationDate?.date ?? now) > now.addingTimeInterval(3600)
            }.compactMap(\.id)
            let ids = Array(pending.prefix(6))
            #expect(ids.count == 6)
            // Three clients (each with its own pacer, as three processes would have), two writes each.
            let clients = try (0..<3).map { _ in
                PartnerCentralClient(
                    configuration: ClientConfiguration(
                        endpoint: try Endpoint(emulator.endpoint.absoluteString),
                        credentialProvider: StaticCredentialProvider(EmulatorConfiguration.demoCredentials),
                        retryPolicy: .none, sharedWriteBudgetDirectory: directory),
                    httpClient: httpClient)
            }
            let started = ContinuousClock.now
            let failures = await withTaskGroup(of: [String].self) { group in
                for (index, client) in clients.enumerated() {
                    let mine = [ids[index * 2], ids[index * 2 + 1]]
                    group.addTask {
                        var failures: [String] = []
                        for id in mine {
                            do {
                                _ = try await client.rejectEngagementInvitation(
                                    RejectEngagementInvitationRequest(
                                        catalog: "Sandbox", identifier: id, rejectionReason: "Unable to support"))
                            } catch {
                                failures.append("\(error)")
                            }
                        }
                        return failures
                    }
                }
                return await group.reduce(into: []) { $0 += $1 }
            }
            let elapsed = ContinuousClock.now - started
            try await httpClient.shutdown()
            #expect(failures.isEmpty)
            // Six writes, at least one second apart: the last goes out five intervals after the first.
            #expect(elapsed >= .seconds(5))
            // ...and each answer releases the slot at once: nobody waits out a hold meant for a stopped process.
            #expect(elapsed < .seconds(25))
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(files.count == 1)
        }
    }
}
