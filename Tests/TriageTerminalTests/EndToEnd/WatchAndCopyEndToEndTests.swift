import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

/// The real binary in tmux: watch mode brings in an invitation AWS shares while the list is open and marks it new;
/// `y` puts the id on the terminal's clipboard through OSC 52 (tmux keeps it as a buffer); the columns to decide by
/// fill in from the details.
@Suite(.serialized) struct WatchAndCopyEndToEndTests {
    @Test func anInvitationSharedWhileWatchingAppearsMarkedNew() async throws {
        let harness = try await EndToEndHarness.start(arguments: [
            "--catalog", "Sandbox", "--refresh", "1", "--grace", "0",
        ])
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session
        await session.waitFor("the list", timeout: .seconds(60)) { $0.contains("pending ·") && listRows($0).count > 3 }
        // Nothing is new in a first session: everything listed is what there was.
        #expect(!session.capture().contains(" new"))
        let existing = try #require(
            await harness.emulator.store.invitations(catalog: "Sandbox").first { $0.status == .pending })
        var arrival = existing
        arrival.id = "engi-watcharrival01"
        arrival.arn = nil
        arrival.engagementTitle = "Watch arrival"
        arrival.invitationDate = Timestamp(Date())
        arrival.expirationDate = Timestamp(Date().addingTimeInterval(2 * 86_400))
        #expect(await harness.emulator.store.add(arrival))
        await session.waitFor("the arrival, marked new") { screen in
            screen.contains("1 new") && listRows(screen).contains { $0.contains("Watch arrival") && $0.contains("●") }
        }
        let screen = session.capture()
        // The rows that were there are not marked.
        #expect(listRows(screen).filter { $0.contains("●") }.count == 1)
    }

    @Test func yCopiesTheIdThroughOSC52AndTheColumnsFillIn() async throws {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "Sandbox"], columns: 120, rows: 40)
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session
        _ = session.tmux("set-option", "-g", "set-clipboard", "on")
        await session.waitFor("the list", timeout: .seconds(60)) { $0.contains("pending ·") && listRows($0).count > 3 }
        let pending = await harness.emulator.store.invitations(catalog: "Sandbox").filter { $0.status == .pending }
        // Every pending invitation's details are read in the background, so the customer column fills in.
        let customers = pending.compactMap { $0.payload?.opportunityInvitation?.customer?.companyName }
            .filter { $0.allSatisfy(\.isASCII) }.map { String($0.prefix(10)) }
        await session.waitFor("the customer column filled in", timeout: .seconds(60)) { screen in
            let header = screen.components(separatedBy: "\n").first ?? ""
            return !header.contains("details ")
                && customers.filter { screen.contains($0) }.count >= min(3, customers.count)
        }
        let filled = session.capture()
        #expect(filled.contains("CUSTOMER") && filled.contains("SPEND/MO"))
        session.send("y")
        await session.waitFor("the copy message") { $0.contains("Copied the id engi-") }
        let footer = session.capture().components(separatedBy: "\n").first { $0.contains("Copied the id ") } ?? ""
        let id = footer.components(separatedBy: "Copied the id ").last?.components(separatedBy: ".").first ?? "?"
        #expect(session.tmux("show-buffer") == id)
    }
}
