import Foundation
import HTTPTypes
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("Quotas and faults")
struct QuotaAndFaultTests {
    static let list = #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER","MaxResults":1}"#

    @Test func readsAreThrottledPastTenPerSecond() async throws {
        try await EmulatorHarness { $0.enforceQuotas = true }.run { client in
            for _ in 0..<10 {
                #expect(try await client.call("ListEngagementInvitations", Self.list).status == .ok)
            }
            let throttled = try await client.call("ListEngagementInvitations", Self.list)
            #expect(throttled.status == .badRequest)
            #expect(throttled.errorType == "ThrottlingException")
            await client.clock.advance(0.1)
            #expect(try await client.call("ListEngagementInvitations", Self.list).status == .ok)
            #expect(try await client.call("ListEngagementInvitations", Self.list).errorType == "ThrottlingException")
        }
    }

    @Test func writesAreThrottledPastOnePerSecond() async throws {
        let seed = TestSeeds.generated(count: 8)
        let ids = seed.invitations.filter { $0.status == .pending }.compactMap(\.id)
        try await EmulatorHarness(seed: seed) { $0.enforceQuotas = true }.run { client in
            let first = try await client.call(
                "RejectEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(ids[0])"}"#)
            #expect(first.status == .ok)
            let second = try await client.call(
                "RejectEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(ids[1])"}"#)
            #expect(second.errorType == "ThrottlingException")
            #expect(await client.store.invitation(id: ids[1], catalog: "Sandbox")?.status == .pending)
            // Reads have their own bucket.
            #expect(try await client.call("ListEngagementInvitations", Self.list).status == .ok)
            await client.clock.advance(1)
            let retried = try await client.call(
                "RejectEngagementInvitation", #"{"Catalog":"Sandbox","Identifier":"\#(ids[1])"}"#)
            #expect(retried.status == .ok)
        }
    }

    @Test func withoutQuotasNothingIsThrottled() async throws {
        try await EmulatorHarness().run { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<30 {
                statuses.append(try await client.call("ListEngagementInvitations", Self.list).status)
            }
            #expect(statuses == Array(repeating: .ok, count: 30))
        }
    }

    @Test func faultsFollowTheSeedAndMixEveryKind() {
        let first = FaultInjector(rate: 0.5, seed: 42, kinds: FaultKind.allCases)
        let second = FaultInjector(rate: 0.5, seed: 42, kinds: FaultKind.allCases)
        let draws = (0..<400).map { _ in first.draw() }
        #expect(draws == (0..<400).map { _ in second.draw() })
        let faults = draws.compactMap { $0 }
        #expect((150...250).contains(faults.count))
        #expect(Set(faults) == Set(FaultKind.allCases))
        #expect((0..<100).allSatisfy { _ in FaultInjector(rate: 0, seed: 1).draw() == nil })
        let other = FaultInjector(rate: 0.5, seed: 43, kinds: FaultKind.allCases)
        // The default set is the retryable one, drawn as before the other kinds existed.
        let defaultSet = FaultInjector(rate: 0.5, seed: 42)
        let retryable = (0..<400).compactMap { _ in defaultSet.draw() }
        #expect(Set(retryable) == Set(FaultKind.retryable))
        #expect((0..<400).map { _ in other.draw() } != draws)
    }

    /// The first seed whose first fault (at rate 1) is `kind`.
    static func seed(firstFault kind: FaultKind) -> UInt64 {
        // safe: eight kinds drawn uniformly; one of the first thousand seeds starts with each
        (0..<1000).first { FaultInjector(rate: 1, seed: $0, kinds: FaultKind.allCases).draw() == kind }!
    }

    @Test(arguments: FaultKind.allCases)
    func eachFaultKindBehavesAsDescribed(kind: FaultKind) async throws {
        let pick = DemoPicks.pending()
        let harness = EmulatorHarness {
            $0.faultRate = 1
            $0.faultKinds = FaultKind.allCases
            $0.faultSeed = Self.seed(firstFault: kind)
        }
        try await harness.run { client in
            let reply = try await client.call(
                "RejectEngagementInvitation",
                #"{"Catalog":"Sandbox","Identifier":"\#(pick.id!)","RejectionReason":"Other"}"#)
            let status = await client.store.invitation(id: pick.id!, catalog: "Sandbox")?.status
            let marker = reply.headers[HTTPField.Name("x-emulator-connection-dropped")!]
            switch kind {
            case .throttling:
                #expect(reply.errorType == "ThrottlingException")
                #expect(status == .pending)
            case .internalError:
                #expect(reply.status == .internalServerError)
                #expect(reply.errorType == "InternalServerException")
                #expect(status == .pending)
            case .dropBeforeApplying:
                #expect(marker == "before-applying")
                #expect(status == .pending)
            case .dropAfterApplying:
                #expect(marker == "after-applying")
                #expect(status == .rejected)
            case .accessDenied, .accessDeniedWithReason:
                #expect(reply.status == .forbidden)
                #expect(reply.errorType == "AccessDeniedException")
                let body = try #require(try JSONSerialization.jsonObject(with: Data(reply.text.utf8)) as? [String: Any])
                #expect(
                    body["Reason"] as? String
                        == (kind == .accessDenied ? nil : "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"))
                #expect(status == .pending)
            case .serviceQuotaExceeded:
                #expect(reply.status.code == 402)
                #expect(reply.errorType == "ServiceQuotaExceededException")
                #expect(status == .pending)
            case .resourceNotFound:
                #expect(reply.status == .notFound)
                #expect(reply.errorType == "ResourceNotFoundException")
                #expect(status == .pending)
            }
        }
    }
}
