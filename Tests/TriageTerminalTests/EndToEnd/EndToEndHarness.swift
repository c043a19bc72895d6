import DemoAssets
import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// The real `partner-triage` binary against an in-process emulator with the demo data, in a tmux pane; the pane's
/// shell records `stty -g` before and after the program so tests can prove the terminal was restored.
struct EndToEndHarness {
    let emulator: RunningEmulator
    let directory: URL
    let session: TmuxSession

    /// Starts the emulator and the binary with `arguments` in a `columns`×`rows` pane; `term` overrides the `TERM`
    /// tmux gives the pane (tmux sets it itself, so it cannot come through `extraEnvironment`).
    static func start(
        arguments: [String], columns: Int = 120, rows: Int = 40, enforceQuotas: Bool = false,
        extraEnvironment: [String: String] = [:], term: String? = nil, latency: Duration = .zero,
        seed: String? = nil
    ) async throws -> EndToEndHarness {
        let binary = try PackagePaths.builtBinary()
        var configuration = EmulatorConfiguration(port: 0)
        if let seed {
            configuration.seed = try EmulatorSeed.parse(Data(seed.utf8), fileName: "test-seed.json")
        } else {
            configuration.seed = try EmulatorSeed.parse(
                DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
        }
        configuration.enforceQuotas = enforceQuotas
        configuration.taskDuration = 0
        configuration.latency = latency
        let emulator = try await RunningEmulator.start(configuration)
        let directory = try TemporaryDirectory(prefix: "pt-e2e").url
        let credentials = emulator.credentials.first ?? EmulatorConfiguration.demoCredentials
        let environment = extraEnvironment.merging([
            "HOME": directory.path,
            "XDG_STATE_HOME": directory.appendingPathComponent("state").path,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PATH": HostTools.path,
            "AWS_ACCESS_KEY_ID": credentials.accessKeyId,
            "AWS_SECRET_ACCESS_KEY": credentials.secretAccessKey,
            "AWS_REGION": "us-east-1",
            // A crash test should end at once, not symbolicate a large debug binary first (a test that needs the
            // backtracer sets its own value).
            "SWIFT_BACKTRACE": extraEnvironment["SWIFT_BACKTRACE"] ?? "enable=no",
            "AWS_CONFIG_FILE": directory.appendingPathComponent("no-config").path,
            "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("no-credentials").path,
        ]) { $1 }
        let quoted =
            (term.map { "TERM='\($0)' " } ?? "")
            + ([binary] + arguments + ["--endpoint-url", emulator.endpoint.absoluteString])
            .map { "'\($0)'" }.joined(separator: " ")
        let dir = directory.path
        // The settings are written through a rename, so the test never reads a file the shell has only just created.
        let script =
            "stty -g > '\(dir)/stty.tmp' && mv '\(dir)/stty.tmp' '\(dir)/stty.before'; \(quoted); echo \"EXIT=$?\"; "
            + "stty -g > '\(dir)/stty.tmp' && mv '\(dir)/stty.tmp' '\(dir)/stty.after'; sleep 600"
        do {
            let session = try TmuxSession(command: script, columns: columns, rows: rows, environment: environment)
            return EndToEndHarness(emulator: emulator, directory: directory, session: session)
        } catch {
            await emulator.stop()
            throw error
        }
    }

    /// The `stty -g` lines recorded before and after the program ran.
    func sttySettings() -> (before: String?, after: String?) {
        let read = { (name: String) in
            try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        }
        return (read("stty.before"), read("stty.after"))
    }

    /// The program's process id (the pane shell's child).
    func programPID() async -> Int32? {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let pid = childProcesses(of: session.panePID).first { return pid }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    /// Stops the emulator and removes the temporary directory (tmux is killed when the session is released).
    func finish() async {
        await emulator.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Waits until the emulator's copy of an invitation satisfies `condition`.
    func waitForInvitation(
        id: String, catalog: String = "Sandbox", timeout: Duration = .seconds(30),
        _ condition: (EngagementInvitation) -> Bool
    ) async -> EngagementInvitation? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let invitation = await emulator.invitation(id: id, catalog: catalog), condition(invitation) {
                return invitation
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }
}

/// Rows of the list on a captured screen: lines that start with a status in the status column.
func listRows(_ screen: String) -> [String] {
    // The rows sit between the column headings and the two footer lines; the status column is not always shown
    // (only when more than one status can be listed), so rows are found by place, not by a status word.
    var lines = screen.components(separatedBy: "\n")
    while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
    guard let headings = lines.firstIndex(where: { $0.contains("TITLE") && $0.contains("EXPIRES") }) else { return [] }
    let end = max(headings + 1, lines.count - 2)
    return lines[(headings + 1)..<end].filter { line in
        // In the split view the details sit right of a bar; a row is what is left of it.
        let list = line.split(separator: "│", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return !list.trimmingCharacters(in: .whitespaces).isEmpty && !list.contains("Loading invitations")
            && !list.contains("No ")
    }
}

extension EngagementInvitation {
    /// The id of an invitation the emulator served (the emulator always sends one).
    var knownID: String { id ?? "" }
}
