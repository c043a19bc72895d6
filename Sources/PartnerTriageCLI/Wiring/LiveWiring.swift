/// The real implementations behind ``CommandContext/live()``.
enum LiveWiring {
    static func connect(_ settings: ServiceSettings) async throws -> ServiceConnection {
        throw CLIError.requestFailed("The Partner Central client is not wired in yet.")
    }

    static func launchUI(_ settings: UISettings) async -> Int32 {
        ExitStatus.requestFailed
    }

    static func runEmulator(_ settings: EmulatorSettings) async throws -> Int32 {
        throw CLIError.requestFailed("The emulator is not wired in yet.")
    }
}
