import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("Concurrent requests")
struct ConcurrencyTests {
    struct Outcome: Sendable {
        var id: String
        var errorType: String
    }

    static func reject(_ client: RouterClient, id: String, attempt: Int) async throws -> Outcome {
        let reply = try await client.call(
            "RejectEngagementInvitation",
            #"{"Catalog":"Sandbox","Identifier":"\#(id)","RejectionReason":"Other \#(attempt)"}"#)
        return Outcome(id: id, errorType: reply.status == .ok ? "OK" : reply.errorType ?? "?")
    }

    static func rejectAll(_ client: RouterClient, ids: [String]) async throws -> [Outcome] {
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            for id in ids {
                for attempt in 0..<5 {
                    group.addTask { try await reject(client, id: id, attempt: attempt) }
                }
            }
            var collected: [Outcome] = []
            for try await outcome in group { collected.append(outcome) }
            return collected
        }
    }

    @Test func concurrentRejectsOfTheSameInvitationSucceedExactlyOnce() async throws {
        let seed = TestSeeds.generated(count: 40)
        let pending = seed.invitations.filter { $0.status == .pending }.compactMap(\.id)
        try await EmulatorHarness(seed: seed).run { client in
            let outcomes = try await Self.rejectAll(client, ids: pending)
            #expect(outcomes.count == pending.count * 5)
            for id in pending {
                let mine = outcomes.filter { $0.id == id }.map(\.errorType)
                #expect(mine.filter { $0 == "OK" }.count == 1, "\(id)")
                #expect(mine.filter { $0 == "ConflictException" }.count == 4, "\(id)")
                let status = await client.store.invitation(id: id, catalog: "Sandbox")?.status
                #expect(status == .rejected)
            }
        }
    }
}
