import AsyncHTTPClient
import PartnerCentral

/// The UI's connection to Partner Central: the service the effect runner calls and what must be shut down after.
struct UIServiceConnection: Sendable {
    var service: any TriageService
    var shutdown: @Sendable () async -> Void

    /// Resolves the options into a client with the process's one HTTP client. Nothing is sent.
    ///
    /// - Throws: ``PartnerCentralError`` for an invalid endpoint or missing credentials (the HTTP client is shut
    ///   down before throwing).
    static func make(options: UILaunchOptions) async throws -> UIServiceConnection {
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: PartnerCentralClient.httpClientConfiguration())
        do {
            // Request diagnostics (--debug) would draw over the UI, so the client logs nowhere while it runs.
            let client = try PartnerCentralClient.make(
                options: ClientOptions(
                    profile: options.profile, region: options.region, endpointURL: options.endpointURL),
                environment: options.environment, httpClient: httpClient)
            return UIServiceConnection(
                service: PartnerCentralTriageService(client: client),
                shutdown: { try? await httpClient.shutdown() })
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
    }
}
