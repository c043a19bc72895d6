import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing
import TriageCore

@testable import PartnerTriageCLI

/// The UI's catalog and filters, remembered at exit in the state directory and restored at the next start.
@Suite("UI session state")
struct UISessionStateTests {
    func state(catalog: Catalog? = .sandbox, query: ListQuery = ListQuery()) -> TriageState {
        TriageState(
            catalog: catalog, identityLabel: "test", now: Date(timeIntervalSince1970: 0), sessionNonce: "n",
            query: query)
    }

    func mode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }

    @Test func whatASessionLeavesIsWhatTheNextOneOpens() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        var before = state(catalog: .aws, query: ListQuery(status: .all, type: .leads, sortOrder: .descending))
        for key: Key in [.char("s"), .char("S"), .char("/"), .char("a"), .char("c"), .char("m"), .char("e"), .enter] {
            _ = before.update(.key(key))
        }
        let file = temporary.url.appendingPathComponent("state/partner-triage/ui-state.json")
        try UISessionState(before).save(to: file)
        #expect(try mode(file.path) == 0o600)
        #expect(try mode(file.deletingLastPathComponent().path) == 0o700)

        let saved = try #require(UISessionState.load(from: file))
        let after = TriageUILauncher.initialState(
            options: UILaunchOptions(environment: [:]), saved: saved, identity: "test", now: Date())
        #expect(after.catalog == .aws)
        #expect(after.query.status == .all)
        #expect(after.query.type == .leads)
        // Status all opens newest first; s moved it to expiry and S turned it round.
        #expect(after.sort == ListSort(.expiry, descending: true))
        #expect(after.textFilter == "acme")
        #expect(!after.isEditingFilter)
        #expect(after.screen == .list)
    }

    @Test func theCatalogFlagWinsOverTheRememberedOne() {
        var saved = UISessionState(state(catalog: .aws))
        saved.order = "spend"
        saved.descending = false
        let after = TriageUILauncher.initialState(
            options: UILaunchOptions(catalog: .sandbox), saved: saved, identity: "test", now: Date())
        #expect(after.catalog == .sandbox)
        #expect(after.sort == ListSort(.spend, descending: false))
    }

    @Test func aDamagedOrMissingFileStartsFresh() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let file = temporary.url.appendingPathComponent("ui-state.json")
        chmod(temporary.url.path, 0o700)
        #expect(UISessionState.load(from: file) == nil)
        try Data("{not json".utf8).write(to: file)
        #expect(UISessionState.load(from: file) == nil)
        try Data(#"{"catalog": "Nowhere", "status": "sideways", "textFilter": "x\u001b[2J"}"#.utf8).write(to: file)
        let saved = try #require(UISessionState.load(from: file))
        let after = TriageUILauncher.initialState(
            options: UILaunchOptions(), saved: saved, identity: "test", now: Date())
        #expect(after.catalog == nil)
        #expect(after.query == ListQuery())
    }

    @Test func theTextFilterIsCleanedBeforeItIsRestored() {
        var saved = UISessionState(state())
        saved.textFilter = "acme\u{1b}]0;pwned\u{07}"
        let after = saved.restoring(into: state())
        #expect(!after.textFilter.unicodeScalars.contains { $0.value < 0x20 })
        #expect(after.textFilter.hasPrefix("acme"))
    }

    @Test func aPlantedLinkIsNeitherReadNorWrittenThrough() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let victim = temporary.url.appendingPathComponent("victim.json")
        try Data(#"{"catalog": "AWS"}"#.utf8).write(to: victim)
        let state = temporary.url.appendingPathComponent("state")
        try FileManager.default.createDirectory(
            at: state, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let link = state.appendingPathComponent("ui-state.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        #expect(UISessionState.load(from: link) == nil)
        #expect(throws: StateFileError.self) { try StateDirectory.read(link, limit: 100) }
        // The rename replaces the link itself; the file it pointed at keeps its bytes.
        try UISessionState(self.state()).save(to: link)
        #expect(try String(contentsOf: victim, encoding: .utf8) == #"{"catalog": "AWS"}"#)
    }

    @Test func aDemoSessionKeepsItsOwnFile() {
        let environment = ["XDG_STATE_HOME": "/s"]
        #expect(
            TriageUILauncher.sessionStateFile(for: UILaunchOptions(environment: environment))?.path
                == "/s/partner-triage/ui-state.json")
        #expect(
            TriageUILauncher.sessionStateFile(for: UILaunchOptions(demo: true, environment: environment))?.path
                == "/s/partner-triage/demo-ui-state.json")
    }
}
