import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real binary in tmux against the emulator: the whole reject flow, resize, help, quit and signals.
@Suite(.serialized) struct TerminalEndToEndTests {
    /// A pending Sandbox invitation whose id the `/` filter can single out.
    func pendingInvitation(_ harness: EndToEndHarness) async throws -> EngagementInvitation {
        let all = await harness.emulator.store.invitations(catalog: "Sandbox")
        let pending = all.filter { $0.status == .pending && ($0.engagementTitle ?? "").allSatisfy(\.isASCII) }
        return try #require(
            pending.sorted { ($0.id ?? "") < ($1.id ?? "") }.first, "the demo data has no pending Sandbox invitation")
    }

    @Test func filterRejectResizeHelpAndQuit() async throws {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "Sandbox"])
        defer { withExtendedLifetime(harness.session) {} }
        let session = harness.session
        let target = try await pendingInvitation(harness)
        let title = try #require(target.engagementTitle)

        // The list appears.
        await session.waitFor("the list") { $0.contains("pending ·") && listRows($0).count > 3 }

        // `/` filters live to exactly the one invitation (the filter matches ids too); Enter keeps it.
        session.send("/")
        session.type(target.knownID)
        await session.waitFor("one row left") { listRows($0).count == 1 && $0.contains(title) }
        session.send("Enter")

        // r, 3: the confirmation names the invitation, catalog and reason; nothing is sent before y.
        session.send("r")
        await session.waitFor("the reason menu") { $0.contains("Unable to support") && $0.contains("Reject") }
        session.send("3")
        await session.waitFor("the confirmation") {
            $0.contains("cannot be undone") && $0.contains(target.knownID) && $0.contains("Sandbox")
        }
        #expect(await harness.emulator.invitation(id: target.knownID, catalog: "Sandbox")?.status == .pending)
        session.send("y")

        // The emulator reports it rejected with the chosen reason, and the row says so.
        let rejected = await harness.waitForInvitation(id: target.knownID) { $0.status == .rejected }
        #expect(rejected?.rejectionReason == "Unable to support")
        await session.waitFor("the REJECTED row") { screen in listRows(screen).contains { $0.contains("REJECTED") } }

        // Resize: wide enough for details beside the list, too small, and back.
        session.resize(columns: 160, rows: 48)
        await session.waitFor("the split view") { $0.contains("│ ") && $0.contains("Sender ") }
        session.resize(columns: 70, rows: 15)
        await session.waitFor("the too-small screen") {
            $0.contains("terminal too small: need at least 80×20 (now 70×15)")
        }
        session.resize(columns: 120, rows: 40)
        await session.waitFor("the list again") { $0.contains("STATUS") && !$0.contains("terminal too small") }

        // Help opens with ? and closes with Esc.
        session.send("?")
        await session.waitFor("the help") { $0.contains("Keys") && $0.contains("Tag every row shown") }
        session.send("Escape")
        await session.waitFor("the help closed") { !$0.contains("Tag every row shown") }

        // q quits, the summary is printed and the terminal is as it was.
        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        #expect(session.capture().contains("This session: 1 rejected, 0 accepted, 0 failed."))
        let stty = await waitForStty(harness)
        #expect(stty.before != nil && stty.before == stty.after)
        #expect(session.format("#{alternate_on}") == "0")
        #expect(session.format("#{cursor_flag}") == "1")
        await harness.finish()
    }

    // A crash is not in this list: a SIGSEGV sent with kill lands on any thread while the terminal thread may
    // redraw, and a redraw after endwin resumes curses mode; the next test makes a real fault on that thread.
    @Test(arguments: [(SIGTERM, "143"), (SIGINT, "130"), (SIGHUP, "129")])
    func signalRestoresTheTerminal(signal: Int32, exitCode: String) async throws {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "Sandbox"])
        let session = harness.session
        await session.waitFor("the list") { listRows($0).count > 3 }
        #expect(session.format("#{alternate_on}") == "1")
        let pid = try #require(await harness.programPID())
        kill(pid, signal)
        await session.waitFor("the exit") { $0.contains("EXIT=\(exitCode)") }
        let stty = await waitForStty(harness)
        #expect(
            stty.before != nil && stty.before == stty.after, "before \(stty.before ?? "-") after \(stty.after ?? "-")")
        #expect(session.format("#{alternate_on}") == "0")
        #expect(session.format("#{cursor_flag}") == "1")
        await harness.finish()
    }

    @Test func debugDiagnosticsGoToAFileNotOverTheScreen() async throws {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "Sandbox", "--debug"])
        let session = harness.session
        await session.waitFor("the list") { listRows($0).count > 3 }
        #expect(!session.capture().contains("aws.operation"))
        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        let path = harness.directory.appendingPathComponent("state/partner-triage/debug.log").path
        #expect(session.capture().contains("Request diagnostics (--debug): \(path)"))
        let log = try String(contentsOfFile: path, encoding: .utf8)
        #expect(log.contains("ListEngagementInvitations"))
        #expect(!log.contains(EmulatorConfiguration.demoCredentials.secretAccessKey))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        await harness.finish()
    }

    @Test(arguments: [("dumb", "it cannot move the cursor"), ("nonexistent-term", "there is no terminfo entry for it")])
    func aTerminalThatCannotDrawTheUIGetsOneLineAndExitStatus2(_ term: String, _ why: String) async throws {
        let harness = try await EndToEndHarness.start(
            arguments: ["--catalog", "Sandbox"], term: term)
        let session = harness.session
        await session.waitFor("the exit") { $0.contains("EXIT=") }
        // The line may wrap at the pane's width; joined, it is one line.
        let screen = session.capture()
        let joined = screen.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains("EXIT=2"), "\(screen)")
        #expect(
            joined.contains("partner-triage: the interactive UI cannot run on this terminal (TERM=\(term): \(why))"))
        #expect(joined.contains("TERM=xterm-256color") && joined.contains("partner-triage list --catalog Sandbox"))
        // Nothing was drawn: the pane holds the message and the exit status only, the modes are as they were.
        let lines = screen.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(lines.last?.hasPrefix("EXIT=2") == true, "\(screen)")
        #expect(!joined.contains("PENDING") && !joined.contains("help"), "\(screen)")
        let stty = await waitForStty(harness)
        #expect(stty.before != nil && stty.before == stty.after)
        #expect(session.format("#{alternate_on}") == "0")
        await harness.finish()
    }

    @Test func aCrashOnTheTerminalThreadRestoresTheTerminal() async throws {
        let harness = try await EndToEndHarness.start(
            arguments: ["--catalog", "Sandbox"], extraEnvironment: ["PARTNER_TRIAGE_FAULT_AFTER_DRAWS": "3"])
        let session = harness.session
        await session.waitFor("the crash") { $0.contains("EXIT=") }
        // A Swift runtime trap: SIGILL on x86-64, SIGTRAP on arm64 (or SIGABRT), each as 128 + the signal.
        let exit = session.capture().components(separatedBy: "EXIT=").last?.prefix(3) ?? ""
        #expect(["132", "133", "134"].contains(String(exit)), "exit \(exit)")
        let stty = await waitForStty(harness)
        #expect(
            stty.before != nil && stty.before == stty.after, "before \(stty.before ?? "-") after \(stty.after ?? "-")")
        #expect(session.format("#{alternate_on}") == "0")
        await harness.finish()
    }

    @Test func tagThreeAndRejectThemWithOneConfirmationWithinQuotas() async throws {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "Sandbox"], enforceQuotas: true)
        let session = harness.session
        let pendingBefore = Set(
            await harness.emulator.store.invitations(catalog: "Sandbox").filter { $0.status == .pending }.map(\.id))
        await session.waitFor("the list") { listRows($0).count > 3 }
        session.send("Space")
        session.send("Space")
        session.send("Space")
        await session.waitFor("three tagged") { $0.contains("3 tagged") }
        let tagged = listRows(session.capture()).filter { $0.hasPrefix("*") }
        #expect(tagged.count == 3)
        session.send("r")
        await session.waitFor("the reason menu") { $0.contains("Reject 3 invitations") }
        session.send("1")
        await session.waitFor("the bulk confirmation") { $0.contains("Reject 3 invitations?") }
        // The menu's first reason is "Customer problem unclear", or "Duplicate of partner referral" once the
        // background reads have matched a tagged row to an opportunity; what is sent is what the confirmation names.
        let shownReason = session.capture().split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "Reason:") else { return nil }
            return line[range.upperBound...].split(separator: "│").first?.trimmingCharacters(in: .whitespaces)
        }.first
        #expect(["Customer problem unclear", "Duplicate of partner referral"].contains(shownReason ?? ""))
        session.send("y")
        await session.waitFor("all three rejected", timeout: .seconds(60)) { screen in
            listRows(screen).filter { $0.contains("REJECTED") }.count == 3
        }
        let newlyRejected = await harness.emulator.store.invitations(catalog: "Sandbox").filter {
            pendingBefore.contains($0.id) && $0.status == .rejected
        }
        #expect(newlyRejected.count == 3)
        #expect(
            newlyRejected.allSatisfy { $0.rejectionReason == shownReason },
            "shown \(shownReason ?? "-"), sent \(newlyRejected.map { "\($0.id): \($0.rejectionReason ?? "-")" })")
        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        #expect(session.capture().contains("This session: 3 rejected, 0 accepted, 0 failed."))
        await harness.finish()
    }

    @Test func noColorDrawsWithAttributesOnly() async throws {
        let harness = try await EndToEndHarness.start(arguments: ["--catalog", "AWS", "--no-color"])
        let session = harness.session
        await session.waitFor("the list") { listRows($0).count > 3 }
        let screen = session.captureWithEscapes()
        let colour = try Regex(#"\x1b\[[0-9;]*(3[0-7]|4[0-7]|9[0-7]|38;5)[;m]"#)
        #expect(screen.firstMatch(of: colour) == nil, "colour codes with --no-color")
        // tmux writes attributes as combined SGR sequences such as ESC[0;7m.
        let reverse = try Regex(#"\x1b\[(?:[0-9;]*;)?7m"#)
        let boldProduction = try Regex(#"\x1b\[(?:[0-9;]*;)?1m(?:\x1b\[[0-9;]*m)*AWS \(production\)"#)
        #expect(screen.firstMatch(of: reverse) != nil, "the selection is reverse video")
        #expect(screen.firstMatch(of: boldProduction) != nil, "production stands out in bold without colour")
        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        await harness.finish()
    }

    /// The pane's shell writes the "after" settings right after the program exits.
    private func waitForStty(_ harness: EndToEndHarness) async -> (before: String?, after: String?) {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            let settings = harness.sttySettings()
            if settings.after != nil { return settings }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return harness.sttySettings()
    }
}
