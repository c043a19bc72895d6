import AsyncHTTPClient
import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

/// Our own client against an emulator that breaks a third of all requests: retries must carry every decision
/// through, including the ones whose responses were lost after the change was applied.
@Suite("PartnerCentral client against injected faults")
struct ClientRetriesTests {
    @Test func everyDecisionLandsDespiteFaults() async throws {
        // Several fault sequences; across them at least one reject's response is lost after it was applied.
        var outcomes: [DecisionResult.Outcome] = []
        for seed in UInt64(1)...6 {
            outcomes += try await decide(faultSeed: seed)
        }
        #expect(outcomes.contains(.alreadyDoneByEarlierAttempt))
        #expect(outcomes.contains(.done))
    }

    /// Lists, rejects 8 and accepts 4 invitations through faults; checks the end states; returns the reject outcomes.
    func decide(faultSeed: UInt64) async throws -> [DecisionResult.Outcome] {
        var outcomes: [DecisionResult.Outcome] = []
        let configure: (inout EmulatorConfiguration) -> Void = {
            $0.faultRate = 0.3
            $0.faultSeed = faultSeed

        }
        try await withLiveEmulator(configure) { emulator in
            let httpClient = HTTPClient(
                eventLoopGroupProvider: .singleton,
                configuration: PartnerCentralClient.httpClientConfiguration(connectTimeout: 2, readTimeout: 10))
            do {
                let client = PartnerCentralClient(
                    configuration: ClientConfiguration(
                        endpoint: try Endpoint(emulator.endpoint.absoluteString),
                        credentialProvider: StaticCredentialProvider(EmulatorConfiguration.demoCredentials),
                        retryPolicy: RetryPolicy(maxAttempts: 10, maxBackoff: 0.05), quotas: nil),
                    httpClient: httpClient)
                let now = Date()
                let pending = await emulator.store.invitations(catalog: "Sandbox").filter {
                    $0.status == .pending && $0.expirationDate!.date > now.addingTimeInterval(3600)
                        && TestSeeds.demo.acceptTaskFailures[EmulatorSeed.key(catalog: "Sandbox", id: $0.id!)] == nil
                }
                #expect(pending.count >= 12)
                let toReject = Array(pending.prefix(8))
                let toAccept = Array(pending.dropFirst(8).prefix(4))

                let listed = try await client.allEngagementInvitations(
                    ListEngagementInvitationsRequest(catalog: "Sandbox", maxResults: 5))
                #expect(listed.count == (await emulator.store.invitations(catalog: "Sandbox")).count)

                for invitation in toReject {
                    let result = try await client.rejectEngagementInvitation(
                        RejectEngagementInvitationRequest(
                            catalog: "Sandbox", identifier: invitation.id!, rejectionReason: "Unable to support"))
                    outcomes.append(result.outcome)
                }
                for invitation in toAccept {
                    let started = try await client.startEngagementByAcceptingInvitationTask(
                        StartEngagementByAcceptingInvitationTaskRequest(
                            catalog: "Sandbox", clientToken: "accept-\(invitation.id!)", identifier: invitation.id!))
                    #expect(started.value.engagementInvitationId == invitation.id)
                }
                for invitation in toReject {
                    let stored = await emulator.invitation(id: invitation.id!, catalog: "Sandbox")
                    #expect(stored?.status == .rejected)
                    #expect(stored?.rejectionReason == "Unable to support")
                }
                for invitation in toAccept {
                    #expect(await emulator.invitation(id: invitation.id!, catalog: "Sandbox")?.status == .accepted)
                }
                // Exactly one task per accepted invitation: retries reused the client token.
                let tasks = await emulator.store.tasks(catalog: "Sandbox")
                #expect(tasks.count == toAccept.count)
            } catch {
                try await httpClient.shutdown()
                throw error
            }
            try await httpClient.shutdown()
        }
        return outcomes
    }
}
