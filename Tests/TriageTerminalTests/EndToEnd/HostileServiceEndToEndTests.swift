import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

/// The real binary in tmux against an emulator seeded with values built to hurt: the UI stays alive and the terminal
/// comes back sane however the process ends.
@Suite(.serialized) struct HostileServiceEndToEndTests {
    static func invitation(_ id: String, title: String, expiration: String) -> String {
        """
        {"Catalog": "Sandbox", "Id": "\(id)", "EngagementTitle": "\(title)", "Status": "PENDING",
         "PayloadType": "OpportunityInvitation", "InvitationDate": "2026-11-10T13:48:00.000Z",
         "ExpirationDate": \(expiration), "SenderCompanyName": "AWS"}
        """
    }

    /// The emulator's seed refuses values beyond ±10^11 s (as the client's decoder drops them), so the edge is just
    /// inside: about the years 5138 and −1200.
    static let seed = """
        {"EngagementInvitations": [
        \(invitation("engi-000000000huge", title: "Huge expiry", expiration: "99999999999")),
        \(invitation("engi-00000000far01", title: "Far expiry", expiration: "90000000000")),
        \(invitation("engi-00000000past1", title: "Ancient expiry", expiration: "-60000000000")),
        \(invitation("engi-00000000tiny1", title: "Tiny expiry", expiration: "-99999999999"))
        ]}
        """

    @Test func hugeAndAncientExpirationDatesKeepTheUIAlive() async throws {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "Sandbox"], seed: Self.seed)
        let session = harness.session
        await session.waitFor("the list") { $0.contains("Far expiry") && $0.contains("Huge expiry") }
        // Moving over every row draws each one's details; the process must still answer afterwards.
        for _ in 0..<4 { session.send("Down") }
        session.send("e")
        session.send("Enter")
        await session.waitFor("the details") { $0.contains("Expires") }
        session.send("Escape")
        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        await harness.finish()
    }

    @Test func aCrashUnderTheDefaultBacktracerRestoresTheTerminalFirst() async throws {
        // The backtracer on, as it is by default, but not interactive and without symbolication, so it ends soon.
        let harness = try await EndToEndHarness.start(
            arguments: ["--catalog", "Sandbox"],
            extraEnvironment: [
                "PARTNER_TRIAGE_FAULT_AFTER_DRAWS": "3",
                "SWIFT_BACKTRACE": "enable=yes,symbolicate=off,limit=4,top=0,timeout=1s",
            ])
        let session = harness.session
        await session.waitFor("the crash", timeout: .seconds(120)) { $0.contains("EXIT=") }
        var after: String?
        let deadline = ContinuousClock.now + .seconds(60)
        while after == nil, ContinuousClock.now < deadline {
            after = harness.sttySettings().after
            try? await Task.sleep(for: .milliseconds(50))
        }
        let settings = harness.sttySettings()
        #expect(
            settings.before != nil && settings.before == settings.after,
            "before \(settings.before ?? "-") after \(settings.after ?? "-")")
        #expect(session.format("#{alternate_on}") == "0")
        await harness.finish()
    }
}
