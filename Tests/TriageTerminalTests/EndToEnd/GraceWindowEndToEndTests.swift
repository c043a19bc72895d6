import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

/// The real binary in tmux: a confirmed reject waits out its grace window with a countdown; `u` in the window sends
/// nothing at all, and a window left to pass sends exactly one reject.
@Suite(.serialized) struct GraceWindowEndToEndTests {
    /// Starts the UI on Sandbox with `grace` seconds, singles out one pending invitation with `/` and confirms its
    /// reject; returns the harness, the invitation and when `y` was pressed.
    private func confirmReject(grace: Int) async throws -> (EndToEndHarness, String, ContinuousClock.Instant) {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "Sandbox", "--grace", "\(grace)"])
        let session = harness.session
        let all = await harness.emulator.store.invitations(catalog: "Sandbox")
        let target = try #require(
            all.filter { $0.status == .pending && ($0.engagementTitle ?? "").allSatisfy(\.isASCII) }
                .sorted { $0.knownID < $1.knownID }.first)
        let id = target.knownID
        await session.waitFor("the list", timeout: .seconds(60)) { $0.contains("pending ·") && listRows($0).count > 3 }
        session.send("/")
        session.type(id)
        await session.waitFor("one row left") { listRows($0).count == 1 }
        session.send("Enter")
        session.send("r")
        await session.waitFor("the reason menu") { $0.contains("Unable to support") }
        session.send("5")
        await session.waitFor("the confirmation") { $0.contains("It is sent \(grace) s after y") }
        session.send("y")
        return (harness, id, ContinuousClock.now)
    }

    @Test func undoWithinTheGraceWindowSendsNothing() async throws {
        let grace = 4
        let (harness, id, confirmed) = try await confirmReject(grace: grace)
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session

        await session.waitFor("the countdown") { screen in
            screen.contains("s · u to undo") && listRows(screen).contains { $0.contains("to reject") }
        }
        #expect(await harness.emulator.store.writes == [])
        session.send("u")
        await session.waitFor("the undo") { $0.contains("Undone: the reject of") && $0.contains("was not sent") }
        // Back to an ordinary pending row: with one status listed, the status column is gone again.
        let rows = listRows(session.capture())
        #expect(!rows.isEmpty && rows.allSatisfy { !$0.contains("to reject") })

        // Past the deadline the window would have had, still nothing has reached the service.
        while ContinuousClock.now < confirmed + .seconds(grace) + .milliseconds(1500) {
            #expect(await harness.emulator.store.writes == [])
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(await harness.emulator.store.writes == [])
        #expect(await harness.emulator.invitation(id: id, catalog: "Sandbox")?.status == .pending)

        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        #expect(session.capture().contains("This session: 0 rejected, 0 accepted, 0 failed."))
        await harness.finish()
    }

    @Test func aGraceWindowLeftToPassSendsExactlyOneReject() async throws {
        let (harness, id, confirmed) = try await confirmReject(grace: 2)
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session

        let rejected = await harness.waitForInvitation(id: id) { $0.status == .rejected }
        // The window really held the reject back: it did not reach the service before its two seconds were up.
        #expect(ContinuousClock.now - confirmed >= .seconds(2))
        #expect(rejected?.rejectionReason == "Other")
        await session.waitFor("the REJECTED row") { screen in listRows(screen).contains { $0.contains("REJECTED") } }
        #expect(await harness.emulator.store.writes == ["reject \(id)"])

        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        #expect(session.capture().contains("This session: 1 rejected, 0 accepted, 0 failed."))
        #expect(await harness.emulator.store.writes == ["reject \(id)"])
        await harness.finish()
    }

    @Test func quittingDuringTheGraceWindowAsksAndThenSendsNothing() async throws {
        let (harness, id, _) = try await confirmReject(grace: 30)
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session

        await session.waitFor("the countdown") { $0.contains("s · u to undo") }
        session.send("q")
        await session.waitFor("the quit question") { $0.contains("A confirmed reject is waiting to be sent.") }
        session.send("y")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        #expect(await harness.emulator.store.writes == [])
        #expect(await harness.emulator.invitation(id: id, catalog: "Sandbox")?.status == .pending)
        await harness.finish()
    }
}
