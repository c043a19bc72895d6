import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// The real binary in tmux against the emulator's demo data, which carries opportunities that duplicate some
/// invitations: a duplicate is marked and leads the reject menu; an accept shows what it created; `A` assigns it to
/// someone from the roster with exactly one `AssignOpportunity`.
@Suite(.serialized) struct PipelineEndToEndTests {
    /// The demo invitation whose customer, Contoso Health Partners, is already in the seeded pipeline.
    static let contoso = "engi-ac4qhppsnulfr"

    func start(roster: Bool = false) async throws -> (EndToEndHarness, TemporaryDirectory) {
        let config = try TemporaryDirectory(prefix: "pt-config")
        let directory = config.url.appendingPathComponent("partner-triage")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let text =
            roster
            ? "[[roster]]\nname = \"Ana\"\nemail = \"ana@example.com\"\nfirst_name = \"Ana\"\nlast_name = \"Silva\"\n"
            : ""
        try Data(text.utf8).write(to: directory.appendingPathComponent("config.toml"))
        let harness = try await EndToEndHarness.start(
            arguments: ["--catalog", "Sandbox", "--grace", "0"], extraEnvironment: ["XDG_CONFIG_HOME": config.url.path])
        return (harness, config)
    }

    @Test func aDuplicateIsMarkedLeadsTheReasonMenuAndIsNamedInTheConfirmation() async throws {
        let (harness, config) = try await start()
        defer {
            config.cleanUp()
            withExtendedLifetime(harness.session) {}
        }
        let session = harness.session
        await session.waitFor("the list", timeout: .seconds(60)) { $0.contains("pending ·") && listRows($0).count > 3 }
        session.send("/")
        session.type(Self.contoso)
        await session.waitFor("the Contoso row marked as a likely duplicate", timeout: .seconds(60)) { screen in
            let rows = listRows(screen)
            return rows.count == 1 && rows[0].contains("≈") && rows[0].contains("Contoso")
        }
        session.send("Enter")
        session.send("Enter")
        await session.waitFor("the match in the details") {
            $0.contains("Duplicate?") && $0.contains("O1000000001") && $0.contains("matched: same customer")
        }
        session.send("r")
        await session.waitFor("the reason menu, duplicate first") { screen in
            screen.components(separatedBy: "\n").contains { $0.contains("1  Duplicate of partner referral") }
        }
        session.send("Enter")
        await session.waitFor("the confirmation naming the opportunity") {
            $0.contains("Duplicate of partner referral") && $0.contains("Matches your opportunity O1000000001")
        }
        session.send("n")
        await session.waitFor("cancelled") { $0.contains("Cancelled; nothing was sent.") }
        #expect(await harness.emulator.store.writes.isEmpty)
    }

    @Test func anAcceptShowsWhatItCreatedAndAssignSendsExactlyOneAssign() async throws {
        let (harness, config) = try await start(roster: true)
        defer {
            config.cleanUp()
            withExtendedLifetime(harness.session) {}
        }
        let session = harness.session
        let all = await harness.emulator.store.invitations(catalog: "Sandbox")
        let target = try #require(
            all.filter {
                $0.status == .pending && $0.payloadType == .opportunityInvitation && $0.id != Self.contoso
                    && ($0.engagementTitle ?? "").allSatisfy(\.isASCII)
            }.sorted { $0.knownID < $1.knownID }.first)
        await session.waitFor("the list", timeout: .seconds(60)) { $0.contains("pending ·") && listRows($0).count > 3 }
        session.send("/")
        session.type(target.knownID)
        await session.waitFor("one row") { listRows($0).count == 1 }
        session.send("Enter")
        session.send("a")
        await session.waitFor("the accept confirmation") { $0.contains("Accept this invitation?") }
        session.send("y")
        await session.waitFor("accepted") { $0.contains("Accepted “") }
        session.send("Enter")
        await session.waitFor("the created opportunity and AWS's side", timeout: .seconds(30)) {
            $0.contains("Your opportunity") && $0.contains("stage Prospect") && $0.contains("AWS side")
                && $0.contains("engagement score")
        }
        let opportunityID = try #require(
            await harness.emulator.store.opportunities(catalog: "Sandbox").first {
                $0.project?.title == target.payload?.opportunityInvitation?.project?.title
            }?.id)
        #expect(session.capture().contains(opportunityID))

        session.send("A")
        await session.waitFor("the roster") {
            $0.contains("Assign the opportunity to") && $0.contains("Ana <ana@example.com>")
        }
        session.send("1")
        await session.waitFor("the assign confirmation") {
            $0.contains("Assign this opportunity?") && $0.contains("To:      Ana <ana@example.com>")
                && $0.contains(opportunityID)
        }
        #expect(await harness.emulator.store.writes.filter { $0.hasPrefix("assign") }.isEmpty)
        session.send("y")
        await session.waitFor("assigned") { $0.contains("Assigned 1 of 1 to Ana.") }
        let assigns = await harness.emulator.store.writes.filter { $0.hasPrefix("assign") }
        #expect(assigns == ["assign \(opportunityID)"])
        let team = await harness.emulator.store.opportunity(id: opportunityID, catalog: "Sandbox")?.opportunityTeam
        #expect(team?.map(\.email) == ["ana@example.com"])
        await session.waitFor("the new owner in the details") {
            $0.contains("Assigned to") && $0.contains("ana@example.com")
        }
        // The audit log has the assign.
        let audit = try String(
            contentsOf: harness.directory.appendingPathComponent("state/partner-triage/audit.jsonl"), encoding: .utf8)
        #expect(
            audit.contains(
                #""id":"\#(opportunityID)","action":"assign","reason":"to ana@example.com","outcome":"assigned""#))
    }
}
