import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CommandContext {
    /// The real process: its environment, streams, clock, signals, the Partner Central client, the UI and the
    /// emulator. Only ``PartnerTriageMain/main()`` calls this.
    static func live() -> CommandContext {
        let environment = ProcessInfo.processInfo.environment
        return CommandContext(
            environment: environment,
            console: StandardConsole(),
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            now: { Date() },
            makeClientToken: { UUID().uuidString.lowercased() },
            sleep: { try await Task.sleep(for: $0) },
            readFile: { try String(contentsOfFile: $0, encoding: .utf8) },
            signals: UnixSignalWatching(),
            connect: { settings in try await LiveWiring.connect(settings) },
            launchUI: { settings in await LiveWiring.launchUI(settings, environment: environment) },
            startEmulator: { settings in try await LiveWiring.startEmulator(settings) }
        )
    }
}
