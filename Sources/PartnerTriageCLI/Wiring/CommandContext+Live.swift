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
        let console = StandardConsole()
        return CommandContext(
            environment: environment,
            console: console,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            now: { Date() },
            makeClientToken: { UUID().uuidString.lowercased() },
            sleep: { try await Task.sleep(for: $0) },
            readFile: { path in
                // One byte past the limit is enough to refuse a file that is too large, without reading all of it.
                let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                let data = try handle.read(upToCount: InvitationIDList.maxFileBytes + 1) ?? Data()
                // Too large either way; the cut may split a character, so decode leniently and let the caller refuse.
                if data.count > InvitationIDList.maxFileBytes { return String(decoding: data, as: UTF8.self) }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CocoaError(.fileReadInapplicableStringEncoding, userInfo: [NSFilePathErrorKey: path])
                }
                return text
            },
            signals: UnixSignalWatching(),
            connect: { options in try await LiveWiring.connect(options, environment: environment, console: console) },
            launchUI: { options in await runTriageUI(options: options) },
            startEmulator: { settings in try await LiveWiring.startEmulator(settings) }
        )
    }
}
