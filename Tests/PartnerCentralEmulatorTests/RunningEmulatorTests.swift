import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

@Suite("Running emulator lifecycle")
struct RunningEmulatorTests {
    @Test func bindsAFreePortReportsItAndReleasesItOnStop() async throws {
        let first = try await RunningEmulator.start(EmulatorConfiguration(port: 0))
        #expect(first.port > 0)
        #expect(first.endpoint.absoluteString == "http://127.0.0.1:\(first.port)")
        #expect(first.credentials == [EmulatorConfiguration.demoCredentials])

        // The port is really taken while the emulator runs...
        await #expect(throws: (any Error).self) {
            let clash = try await RunningEmulator.start(EmulatorConfiguration(port: first.port))
            await clash.stop()
        }
        await first.stop()
        await first.stop()  // a second stop is harmless

        // ...and free again once it stopped. Tests run in parallel, so another listener or an outgoing connection's
        // ephemeral port may briefly hold the number; wait (bounded) for the re-bind to succeed instead of failing
        // on the first attempt.
        var second: RunningEmulator?
        for _ in 0..<200 where second == nil {
            second = try? await RunningEmulator.start(EmulatorConfiguration(port: first.port))
            if second == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let rebound = try #require(second, "port \(first.port) was never released")
        #expect(rebound.port == first.port)
        await rebound.stop()
    }

    @Test func startsWithTheSeedRebasedOntoItsClock() async throws {
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(port: 0, seed: TestSeeds.demo, now: { testNow }))
        let newest = await emulator.store.invitations(catalog: "Sandbox").first!
        let expected = DemoPicks.rebased.invitations.filter { $0.catalog == "Sandbox" }
            .max { $0.invitationDate!.date < $1.invitationDate!.date }!
        #expect(newest.invitationDate == expected.invitationDate)
        await emulator.stop()
    }
}
