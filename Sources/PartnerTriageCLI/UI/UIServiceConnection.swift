import PartnerCentral

/// The UI's connection to Partner Central: the service the effect runner calls and what must be shut down after.
struct UIServiceConnection: Sendable {
    var service: any TriageService
    var shutdown: @Sendable () async -> Void

    /// Resolves the options into a client. Nothing is sent.
    static func make(options: UILaunchOptions) throws -> UIServiceConnection {
        throw CLIError.requestFailed("The Partner Central client is not wired into the UI yet.")
    }
}
