import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerTriageCLI

/// The seen-invitations store behind `list --new` (and the UI's "new" marks): ids recorded once, kept bounded,
/// saved atomically and privately.
@Suite("Seen invitations")
struct SeenInvitationsTests {
    @Test func recordedIdsAreSeenAndEachIsKeptOnce() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let seen = try SeenInvitations(
            environment: ["XDG_STATE_HOME": temporary.url.path], catalog: .sandbox)
        #expect(seen.fileURL.path == temporary.url.path + "/partner-triage/seen-Sandbox.json")
        #expect(try seen.load().isEmpty)
        try seen.record(["engi-a", "engi-b"])
        try seen.record(["engi-b", "engi-c"])
        #expect(try seen.orderedIDs() == ["engi-a", "engi-b", "engi-c"])
        #expect(
            try FileManager.default.attributesOfItem(atPath: seen.fileURL.path)[.posixPermissions] as? Int == 0o600)
        // Catalogs are kept apart.
        #expect(try SeenInvitations(directory: seen.fileURL.deletingLastPathComponent(), catalog: .aws).load().isEmpty)
    }

    @Test func demoSessionsKeepTheirOwnSeenInvitations() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let environment = ["XDG_STATE_HOME": temporary.url.path]
        let real = SeenInvitationsRecorder(environment: environment)
        let demo = SeenInvitationsRecorder(environment: environment, demo: true)
        real.record(.sandbox, ["engi-real"])
        demo.record(.sandbox, ["engi-demo"])
        #expect(real.seenBefore() == [.sandbox: ["engi-real"]])
        #expect(demo.seenBefore() == [.sandbox: ["engi-demo"]])
        #expect(
            try SeenInvitations(environment: environment, catalog: .sandbox, demo: true).fileURL.path
                == temporary.url.path + "/partner-triage/demo-seen-Sandbox.json")
        // `list --new` reads the user's own file, which the demo never touched.
        #expect(try SeenInvitations(environment: environment, catalog: .sandbox).load() == ["engi-real"])
    }

    @Test func theOldestIdsGoFirstBeyondTheBound() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        chmod(temporary.url.path, 0o700)
        let seen = SeenInvitations(directory: temporary.url, catalog: .aws)
        let many = (0..<(SeenInvitations.maxIDs + 10)).map { "engi-\($0)" }
        try seen.record(many)
        let kept = try seen.orderedIDs()
        #expect(kept.count == SeenInvitations.maxIDs)
        #expect(kept.first == "engi-10")
        #expect(kept.last == many.last)
    }

    @Test func aDamagedFileIsOneLineSayingWhatToDo() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        chmod(temporary.url.path, 0o700)
        let seen = SeenInvitations(directory: temporary.url, catalog: .sandbox)
        try Data("[1, 2".utf8).write(to: seen.fileURL)
        #expect(throws: StateFileError.self) { try seen.load() }
        do {
            _ = try seen.load()
        } catch {
            #expect("\(error)".contains("delete it to start afresh"))
            #expect(!"\(error)".contains("\n"))
        }
    }

    @Test func aPlantedLinkIsRefused() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        chmod(temporary.url.path, 0o700)
        let victim = temporary.url.appendingPathComponent("victim")
        try Data(#"{"catalog":"Sandbox","ids":[]}"#.utf8).write(to: victim)
        let seen = SeenInvitations(directory: temporary.url, catalog: .sandbox)
        try FileManager.default.createSymbolicLink(at: seen.fileURL, withDestinationURL: victim)
        #expect(throws: StateFileError.self) { try seen.load() }
        #expect(throws: StateFileError.self) { try seen.record(["engi-a"]) }
        #expect(try String(contentsOf: victim, encoding: .utf8) == #"{"catalog":"Sandbox","ids":[]}"#)
    }

    @Test(arguments: [["--output", "ids"], ["--output", "json"], ["--output", "table"]])
    func listNewPrintsEachInvitationOnce(_ format: [String]) async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let service = FakePartnerCentral(invitations: [
            makeInvitation("engi-0000000000001"), makeInvitation("engi-0000000000002"),
        ])
        func run() async -> (Int32, CapturingConsole) {
            let console = CapturingConsole()
            let context = makeTestContext(console: console, environment: ["HOME": home.url.path], service: service)
            return (
                await PartnerTriageMain.run(
                    arguments: ["list", "--catalog", "Sandbox", "--new"] + format, context: context), console
            )
        }
        let (firstCode, first) = await run()
        #expect(firstCode == 0, "\(first.errors)")
        #expect(first.output.contains("engi-0000000000001") && first.output.contains("engi-0000000000002"))
        let (secondCode, second) = await run()
        #expect(secondCode == 0)
        #expect(!second.output.contains("engi-"))
        switch format[1] {
        case "ids": #expect(second.output == "")
        case "json": #expect(second.output == "{\n    \"EngagementInvitationSummaries\": []\n}\n")
        default: #expect(second.output == "No new invitations in Sandbox.\n")
        }
    }
}
