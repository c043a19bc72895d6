import Foundation
import PartnerTriageTestSupport
import Testing

/// The real binary in tmux with a config file: its catalog opens without --catalog, its `[keys]` remapping is what
/// the keys do, and the session's filters are remembered at exit.
@Suite(.serialized) struct ConfigFileEndToEndTests {
    @Test func theConfiguredCatalogAndKeysAreUsedAndTheFiltersRemembered() async throws {
        let config = try TemporaryDirectory(prefix: "pt-config")
        defer { config.cleanUp() }
        let directory = config.url.appendingPathComponent("partner-triage")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("catalog = \"Sandbox\"\n\n[keys]\nquit = \"z\"\nhelp = \"H\"\n".utf8)
            .write(to: directory.appendingPathComponent("config.toml"))
        let harness = try await EndToEndHarness.start(
            arguments: [], extraEnvironment: ["XDG_CONFIG_HOME": config.url.path])
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session

        await session.waitFor("the Sandbox list", timeout: .seconds(60)) {
            $0.contains("Sandbox") && $0.contains("type: all") && listRows($0).count > 3
        }
        // The footer names the keys as remapped.
        await session.waitFor("the remapped keys in the footer") { $0.contains("H help") && $0.contains("z quit") }
        // q no longer quits (quit moved to z), and H opens the help, which lists the remapped keys.
        session.send("q")
        session.send("H")
        await session.waitFor("the help with the remapped keys") {
            $0.contains("Tag every row shown") && $0.range(of: #"│ +z Q +Quit"#, options: .regularExpression) != nil
                && $0.range(of: #"│ +H +Help"#, options: .regularExpression) != nil
                && $0.range(of: #"│ +q Q +Quit"#, options: .regularExpression) == nil
        }
        session.send("Escape")
        await session.waitFor("the help closed") { !$0.contains("Tag every row shown") }
        session.send("t")
        await session.waitFor("the type filter") { $0.contains("type: opportunities") }
        session.send("z")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }

        let saved = try String(
            contentsOf: harness.directory.appendingPathComponent("state/partner-triage/ui-state.json"), encoding: .utf8)
        #expect(saved.contains(#""catalog":"Sandbox""#))
        #expect(saved.contains(#""type":"opportunities""#))
        await harness.finish()
    }
}
