import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `duplicates` and `assign` as a script runs them: the real binary against the emulator, whose seed carries the
/// partner's own opportunities.
@Suite("duplicates and assign end to end", .timeLimit(.minutes(3)))
struct PipelineCommandsEndToEndTests {
    /// Two invitations, one whose customer and project are already in the pipeline and one that is new, and the
    /// partner's opportunities: the duplicate, the same customer's other project, and another customer.
    static func seed() -> EmulatorSeed {
        let now = Date()
        func invitation(_ number: Int, customer: String, title: String) -> EngagementInvitation {
            EngagementInvitation(
                payloadType: .opportunityInvitation, id: EndToEndSeed.id(number), engagementTitle: title,
                status: .pending, invitationDate: Timestamp(now.addingTimeInterval(-86_400)),
                expirationDate: Timestamp(now.addingTimeInterval(10 * 86_400)), catalog: "Sandbox",
                payload: Payload(
                    opportunityInvitation: OpportunityInvitationPayload(
                        customer: EngagementCustomer(
                            companyName: customer, websiteUrl: "https://example.com", countryCode: "US"),
                        project: ProjectDetails(
                            businessProblem: String(repeating: "A real business problem. ", count: 2), title: title))))
        }
        func opportunity(_ id: String, customer: String, title: String) -> SeedOpportunity {
            SeedOpportunity(
                GetOpportunityResponse(
                    catalog: "Sandbox", customer: Customer(account: Account(companyName: customer)),
                    project: Project(title: title), id: id,
                    lastModifiedDate: Timestamp(now.addingTimeInterval(-3_600)),
                    lifeCycle: LifeCycle(stage: .qualified, reviewStatus: .approved)))
        }
        return EmulatorSeed(
            invitations: [
                invitation(1, customer: "Contoso Health Partners", title: "Patient data platform"),
                invitation(2, customer: "Fabrikam Residences", title: "Smart building analytics"),
            ],
            opportunities: [
                opportunity("O900001", customer: "Contoso Health Partners, Inc.", title: "Patient Data Platform"),
                opportunity("O900002", customer: "CONTOSO HEALTH PARTNERS", title: "Website redesign"),
                opportunity("O900003", customer: "Contoso Health", title: "Patient data platform"),
            ])
    }

    @Test func duplicatesPrintsEachMatchWithWhyAsJSONAndAsATable() async throws {
        try await EndToEndEnvironment.with(seed: Self.seed()) { environment in
            let json = try await environment.run(["duplicates", "--catalog", "Sandbox", "--output", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            let document = try #require(
                try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let invitations = try #require(document["Invitations"] as? [[String: Any]])
            let byID = Dictionary(uniqueKeysWithValues: invitations.map { ($0["Id"] as? String ?? "", $0) })
            let contoso = try #require(byID[EndToEndSeed.id(1)]?["Matches"] as? [[String: Any]])
            // The near miss "Contoso Health" is another company; the same customer's other project is not a duplicate.
            #expect(contoso.map { $0["OpportunityId"] as? String } == ["O900001", "O900002"])
            #expect(contoso.map { $0["Likely"] as? Bool } == [true, false])
            #expect(contoso.first?["Match"] as? String == "same customer and project title")
            #expect((byID[EndToEndSeed.id(2)]?["Matches"] as? [Any])?.isEmpty == true)

            let table = try await environment.run([
                "duplicates", "--catalog", "Sandbox", "--output", "table", EndToEndSeed.id(1),
            ])
            #expect(table.status == 0, "\(table.stderr)")
            let lines = table.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            #expect(lines[1].contains("O900001") && lines[1].contains("LIKELY: same customer and project title"))
        }
    }

    @Test func assignSendsOneAssignPerOpportunityToTheRosterPersonAndAuditsIt() async throws {
        try await EndToEndEnvironment.with(seed: Self.seed()) { environment in
            let config = environment.home.appendingPathComponent(".config/partner-triage")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            try Data(
                "[[roster]]\nname = \"Ana\"\nemail = \"ana@example.com\"\nfirst_name = \"Ana\"\nlast_name = \"Silva\"\n"
                    .utf8
            ).write(to: config.appendingPathComponent("config.toml"))
            // Nobody at a terminal and no --yes: refused before anything is sent.
            let refused = try await environment.run(["assign", "O900001", "--catalog", "Sandbox", "--to", "Ana"])
            #expect(refused.status == 2)
            #expect(await environment.emulator.store.writes.isEmpty)
            let unknown = try await environment.run([
                "assign", "O900001", "--catalog", "Sandbox", "--to", "Bob", "--yes",
            ])
            #expect(unknown.status == 2 && unknown.stderr.contains("No one called 'Bob' in the roster; it has Ana."))

            let result = try await environment.run(
                ["assign", "O900001", "O900002", "--catalog", "Sandbox", "--to", "ana@example.com", "--yes"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.contains("Assigned O900001 to Ana <ana@example.com>, PartnerAccountManager"))
            #expect(await environment.emulator.store.writes == ["assign O900001", "assign O900002"])
            let team = await environment.emulator.store.opportunity(id: "O900001", catalog: "Sandbox")?.opportunityTeam
            #expect(team?.first?.email == "ana@example.com" && team?.first?.businessTitle == "PartnerAccountManager")
            let audit = try String(
                contentsOf: environment.home.appendingPathComponent("state/partner-triage/audit.jsonl"),
                encoding: .utf8)
            #expect(
                audit.components(separatedBy: "\n").filter {
                    $0.contains(#""action":"assign""#) && $0.contains(#""outcome":"assigned""#)
                }.count == 2)
        }
    }

    @Test func ctrlCDuringABulkAssignFinishesTheOneInFlightAndSendsNoMore() async throws {
        var seed = Self.seed()
        seed.opportunities += (1...5).map { number in
            SeedOpportunity(
                GetOpportunityResponse(
                    catalog: "Sandbox", customer: Customer(account: Account(companyName: "Fabrikam \(number)")),
                    project: Project(title: "Project \(number)"), id: "O80000\(number)"))
        }
        try await EndToEndEnvironment.with(seed: seed, enforceQuotas: true, latency: .milliseconds(300)) {
            environment in
            let config = environment.home.appendingPathComponent(".config/partner-triage")
            try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
            try Data(
                "[[roster]]\nname = \"Ana\"\nemail = \"ana@example.com\"\nfirst_name = \"Ana\"\nlast_name = \"Silva\"\n"
                    .utf8
            ).write(to: config.appendingPathComponent("config.toml"))
            let ids = (1...5).map { "O80000\($0)" }
            let child = try await environment.start(
                ["assign"] + ids + ["--catalog", "Sandbox", "--to", "Ana", "--yes"])
            // Signal while the second assign is in flight: its attempting line is the last one.
            let deadline = ContinuousClock.now + .seconds(60)
            func inFlight() -> Bool {
                let lines = environment.auditLog.lines
                return lines.count == 3 && lines.last?["outcome"] as? String == "attempting"
            }
            while !inFlight(), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
            #expect(inFlight())
            child.signal(SIGINT)
            let status = await child.waitForExit(timeout: .seconds(30))
            #expect(status == 130, "\(child.stderr)")
            #expect(
                child.stdout.contains("Stopped by signal 2: O800003 and the rest were not sent."), "\(child.stdout)")
            #expect(await environment.emulator.store.writes == ["assign O800001", "assign O800002"])
            let outcomes = environment.auditLog.lines.compactMap { $0["outcome"] as? String }
            #expect(outcomes == ["attempting", "assigned", "attempting", "assigned"])
        }
    }
}
