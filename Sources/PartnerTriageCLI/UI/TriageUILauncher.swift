import DemoAssets
import Foundation
import Logging
import PartnerCentral
import PartnerCentralEmulator
import Synchronization
import TriageCore
import TriageEffects
import TriageTerminal

/// Runs the interactive UI until the user quits or a signal arrives, then restores the terminal and prints the
/// session summary.
///
/// With `demo`, an emulator with the demo data runs in-process on a free loopback port and the UI talks to it
/// with the emulator's demo credentials; nothing from the user's AWS set-up is read.
///
/// ```swift
/// let code = await runTriageUI(options: UILaunchOptions(catalog: .sandbox, environment: environment))
/// ```
/// - Parameter options: The UI command's options and the process environment.
/// - Returns: The exit code: 0 after quitting, 128 + the signal number after SIGINT, SIGTERM or SIGHUP, 1 when the
///   terminal or the demo emulator could not be started, 2 when the connection options are invalid or `TERM` names
///   a terminal that cannot draw the UI (`dumb`, unknown to terminfo).
public func runTriageUI(options: UILaunchOptions) async -> Int32 {
    await TriageUILauncher(options: options).run()
}

/// The composition root of the UI: emulator (for `--demo`), client, effect runner, terminal and run loop.
struct TriageUILauncher {
    var options: UILaunchOptions
    var standardError: @Sendable (String) -> Void = { writeLine($0, to: STDERR_FILENO) }
    var standardOutput: @Sendable (String) -> Void = { writeLine($0, to: STDOUT_FILENO) }

    func run() async -> Int32 {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            standardError("partner-triage: the interactive UI needs a terminal; use list, show, reject or accept.")
            return 1
        }
        // Before anything else touches the terminal: a TERM that cannot address the cursor would draw one broken line
        // and leave the keys unanswered.
        let term = options.environment["TERM"]
        if let explanation = TerminalSupport.check(term: term).explanation(term: term) {
            standardError("partner-triage: \(explanation)")
            return 2
        }
        var options = options
        var emulator: RunningEmulator?
        if options.demo {
            do {
                emulator = try await Self.startDemoEmulator()
            } catch {
                standardError("partner-triage: cannot start the demo emulator: \(error)")
                return 1
            }
            options = Self.demoOptions(options, emulator: emulator!)  // Safe to force unwrap: just assigned.
        }
        // The mailbox exists before the client, so that MFA prompts from the credentials can reach the dialog.
        let mailbox = Mailbox()
        let mfaCodes = MFACodeBroker(mailbox: mailbox)
        let debugLog: DebugLogFile?
        do {
            debugLog =
                try options.client.debug
                ? DebugLogFile(
                    directory: Self.auditLog(for: options).fileURL.deletingLastPathComponent(),
                    fileName: Self.debugLogName(for: options)) : nil
        } catch {
            standardError("partner-triage: \(error)")
            await emulator?.stop()
            return 2
        }
        let connection: ServiceConnection
        do {
            connection = try await ServiceConnection.open(
                options.client, environment: options.environment, logger: debugLog.map(Self.debugLogger),
                mfaPrompter: mfaCodes.prompter, progress: Self.statusLineProgress(mailbox: mailbox))
        } catch {
            standardError("partner-triage: \(EffectRunner.describe(error).message)")
            await emulator?.stop()
            return 2
        }
        // A decision is only reported once its audit line is on disk, so a session that cannot keep the log does
        // not start (as the command line refuses to send).
        let audit: AuditLog
        do {
            audit = try Self.auditLog(for: options)
            try audit.prepare()
        } catch {
            standardError("partner-triage: \(error)")
            await connection.shutdown()
            await emulator?.stop()
            return 2
        }
        let clock: @Sendable () -> Date = { Date() }
        let appendRecord: @Sendable (AuditRecord) throws -> Void = { record in try audit.append(record) }
        let seen = SeenInvitationsRecorder(environment: options.environment, demo: options.demo)
        options.list.seenBefore = seen.seenBefore()
        let runner = EffectRunner(
            service: connection.service, audit: appendRecord, destination: connection.auditDestination, clock: clock,
            answerMFA: mfaCodes.answer,
            openURL: { [environment = options.environment] in await BrowserOpener.open($0, environment: environment) },
            rememberSeen: { seen.record($0, $1) })
        let identity = options.headerIdentity(connection.identity, endpoint: connection.endpoint)
        let sessionFile = Self.sessionStateFile(for: options)
        let state = Self.initialState(
            options: options, saved: sessionFile.flatMap(UISessionState.load(from:)), identity: identity,
            now: clock())
        #if DEBUG
            let faultAfterDraws = FaultAfterDrawsBackend.draws(in: options.environment)
        #else
            let faultAfterDraws: Int? = nil
        #endif
        let result = await Self.runLoopOnTerminalThread(
            state: state, runner: runner, mailbox: mailbox, color: !options.colorDisabled, clock: clock,
            faultAfterDraws: faultAfterDraws,
            translateKey: { [bindings = options.keyBindings] key, state in bindings.translate(key, in: state) },
            keyLabels: { [bindings = options.keyBindings] kind, entries in bindings.relabel(entries, on: kind) })
        // The terminal is restored; report first, so a slow shutdown of connections cannot hide the summary.
        let code: Int32
        switch result {
        case .failure(let failure):
            standardError("partner-triage: \(failure.message)")
            code = 1
        case .success(let outcome):
            let (state, abandoned) = await Self.settleWrites(
                runner: runner, mailbox: mailbox, state: outcome.state, timeout: Self.writeSettleTimeout,
                standardError: standardError)
            standardOutput(state.session.summary)
            if let sessionFile {
                do { try UISessionState(state).save(to: sessionFile) } catch {
                    standardError("partner-triage: not remembering this session's catalog and filters: \(error)")
                }
            }
            for write in abandoned {
                let id = TerminalSafe.clean(write.id)
                standardOutput(
                    "Unknown: the \(write.action.rawValue) of \(id) was sent but not answered before exit; check it "
                        + "with partner-triage show \(id) --catalog \(write.catalog.rawValue)")
            }
            standardOutput("Audit log: \(audit.fileURL.path)")
            if let debugLog { standardOutput("Request diagnostics (--debug): \(debugLog.url.path)") }
            code = outcome.exitCode
        }
        mfaCodes.close()
        runner.cancelAll()
        await connection.shutdown()
        await emulator?.stop()
        return code
    }

    /// Request diagnostics (--debug) would draw over the UI, so they go to the session's debug log.
    static func debugLogger(_ debugLog: DebugLogFile) -> Logger {
        var logger = Logger(label: "partner-triage") { label in
            StandardErrorLogHandler(
                label: label, level: .debug, console: debugLog, clock: { AuditRecord.format(Date()) })
        }
        logger.logLevel = .debug
        logger.debug("partner-triage \(BuildInfo.description)")
        return logger
    }

    /// How long quitting waits for rejects and accepts already sent to be answered.
    static let writeSettleTimeout: Duration = .seconds(5)

    /// At exit: waits (at most `timeout`) for the writes already sent, so that the service's answer and not the
    /// exit decides their audit lines, and counts the answers that arrived after the loop ended in the session;
    /// writes still unanswered are recorded `unknown` and returned.
    static func settleWrites(
        runner: EffectRunner, mailbox: Mailbox, state: TriageState, timeout: Duration,
        standardError: @Sendable (String) -> Void
    ) async -> (state: TriageState, abandoned: [EffectRunner.SentWrite]) {
        let waiting = runner.writesInFlight.count
        if waiting > 0 {
            standardError(
                "partner-triage: waiting up to \(timeout.components.seconds) s for the answer to \(waiting) "
                    + "request\(waiting == 1 ? "" : "s") already sent…")
        }
        _ = await runner.settleWrites(within: timeout)
        let abandoned = runner.abandonWrites()
        var state = state
        for item in mailbox.drain() {
            if case .message(let message) = item { _ = state.update(message) }
        }
        for write in abandoned {
            _ = state.update(
                .writeOutcomeUnknown(catalog: write.catalog, id: write.id, message: "no answer before the exit"))
        }
        return (state, abandoned)
    }

    /// Slow requests as status-line notices: each report becomes a message for the run loop; the end of a call
    /// clears its notice.
    static func statusLineProgress(mailbox: Mailbox) -> CallProgressObserver {
        CallProgressObserver { progress in
            switch progress.event {
            case .finished:
                mailbox.post(.connectionProgress(call: progress.call, text: nil))
            case .attemptStarted, .stillWaiting:
                if let text = progress.message { mailbox.post(.connectionProgress(call: progress.call, text: text)) }
            }
        }
    }

    /// The session's audit log; a demo session keeps its own (`demo-audit.jsonl` beside the real one), so practice
    /// decisions never mix with records of real ones.
    static func auditLog(for options: UILaunchOptions) throws -> AuditLog {
        let real = try AuditLog(environment: options.environment)
        guard options.demo else { return real }
        return AuditLog(fileURL: real.fileURL.deletingLastPathComponent().appendingPathComponent("demo-audit.jsonl"))
    }

    /// The session's debug log: a demo keeps its own (`demo-debug.log`), as it keeps its own audit log, so practice
    /// requests never mix with diagnostics of real ones.
    static func debugLogName(for options: UILaunchOptions) -> String {
        options.demo ? "demo-debug.log" : DebugLogFile.defaultName
    }

    /// Where this session's catalog and filters are remembered; `nil` without a state directory.
    static func sessionStateFile(for options: UILaunchOptions) -> URL? {
        StateDirectory.url(environment: options.environment)?
            .appendingPathComponent(UISessionState.fileName(demo: options.demo))
    }

    /// The state at start-up: the catalog from the options, else the last session's; the last session's filters.
    static func initialState(
        options: UILaunchOptions, saved: UISessionState?, identity: String, now: Date
    ) -> TriageState {
        let state = TriageState(
            catalog: options.catalog ?? saved?.restoredCatalog, identityLabel: identity, now: now,
            sessionNonce: UUID().uuidString.lowercased(),
            colorEnabled: !options.colorDisabled, timeZone: .current, query: saved?.restoredQuery ?? ListQuery(),
            graceSeconds: options.graceSeconds, settings: options.list, roster: options.configuration.roster)
        return saved?.restoring(into: state) ?? state
    }

    /// The demo seed on a free loopback port.
    static func startDemoEmulator() async throws -> RunningEmulator {
        var configuration = EmulatorConfiguration(port: 0)
        configuration.seed = try EmulatorSeed.parse(
            DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
        return try await RunningEmulator.start(configuration)
    }

    /// Points the options at the emulator with its demo credentials, ignoring the user's AWS set-up.
    static func demoOptions(_ options: UILaunchOptions, emulator: RunningEmulator) -> UILaunchOptions {
        var demo = options
        let credentials = emulator.credentials.first ?? EmulatorConfiguration.demoCredentials
        var environment = options.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["AWS_ACCESS_KEY_ID"] = credentials.accessKeyId
        environment["AWS_SECRET_ACCESS_KEY"] = credentials.secretAccessKey
        // Keep the user's real config files out of a demo: point them at paths that do not exist.
        environment["AWS_CONFIG_FILE"] = "/nonexistent/partner-triage-demo/config"
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/partner-triage-demo/credentials"
        demo.environment = environment
        demo.client.endpointURL = emulator.endpoint.absoluteString
        demo.client.profile = nil
        demo.client.region = "us-east-1"
        return demo
    }

    /// Runs the loop on a dedicated thread, because curses must be driven from one thread and its key reads block.
    static func runLoopOnTerminalThread(
        state: TriageState, runner: EffectRunner, mailbox: Mailbox = Mailbox(), color: Bool,
        clock: @escaping @Sendable () -> Date, faultAfterDraws: Int? = nil,
        translateKey: @escaping @Sendable (Key, TriageState) -> Key? = { key, _ in key },
        keyLabels: @escaping @Sendable (ScreenKind, [HelpEntry]) -> [HelpEntry] = { $1 }
    ) async -> Result<RunOutcome, UIStartFailure> {
        // Caught before curses starts, so ncurses installs no handlers of its own; a signal becomes a mailbox item
        // and the loop restores the terminal before exiting.
        let signals = await UnixSignalWatching().watch(UnixSignalWatching.endingSignals) { mailbox.post(signal: $0) }
        defer { signals.cancel() }
        return await withCheckedContinuation { continuation in
            let thread = Thread {
                let backend: CursesBackend
                do {
                    backend = try CursesBackend(color: color)
                } catch {
                    continuation.resume(returning: .failure(UIStartFailure(message: "\(error)")))
                    return
                }
                var loopBackend: any TerminalBackend = backend
                #if DEBUG
                    if let faultAfterDraws { loopBackend = FaultAfterDrawsBackend(backend, draws: faultAfterDraws) }
                #endif
                let loop = TriageRunLoop(
                    backend: loopBackend, effects: runner, mailbox: mailbox, clock: clock, translateKey: translateKey,
                    keyLabels: keyLabels)
                let outcome = loop.run(state)
                // Restoring writes to the terminal; after a hang-up that can block for ever (a pty nobody reads).
                // Give it five seconds (a loaded machine can be slow), then leave without it: no terminal is left.
                let restored = RestoreFlag()
                DispatchQueue.global().asyncAfter(deadline: .now() + 5) {
                    if !restored.isSet { _exit(outcome.exitCode == 0 ? 1 : outcome.exitCode) }
                }
                backend.restore()
                restored.set()
                continuation.resume(returning: .success(outcome))
            }
            thread.name = "partner-triage terminal"
            thread.start()
        }
    }
}

/// Writes a line with write(2), ignoring errors: after SIGHUP the terminal is gone, and FileHandle would trap.
private func writeLine(_ text: String, to descriptor: Int32) {
    var bytes = Array((text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { buffer in
            write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)  // Safe: the array is not empty.
        }
        if written <= 0 { return }
        offset += written
    }
}

/// Set once the terminal is restored, read by the watchdog on another thread.
private final class RestoreFlag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}

/// Why the terminal could not be started.
struct UIStartFailure: Error {
    var message: String
}
