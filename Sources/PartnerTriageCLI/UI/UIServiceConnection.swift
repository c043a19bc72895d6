import AsyncHTTPClient
import Foundation
import Logging
import PartnerCentral

/// The UI's connection to Partner Central: the service the effect runner calls and what must be shut down after.
struct UIServiceConnection: Sendable {
    var service: any TriageService
    var shutdown: @Sendable () async -> Void
    /// Which identity the requests use, for the header ("profile ops · role Triage · account 444455556666").
    var identity: String = ""

    /// Resolves the options into a client with the process's one HTTP client. Nothing is sent.
    ///
    /// - Throws: ``PartnerCentralError`` for an invalid endpoint or missing credentials (the HTTP client is shut
    ///   down before throwing).
    ///
    /// - Parameter mfaPrompter: Asks for the code of a role profile's `mfa_serial` (the UI's dialog).
    /// - Parameter debugLog: Where `--debug` diagnostics go while the UI runs; `nil` for none.
    /// - Parameter progress: Told of slow requests, for the status line.
    static func make(
        options: UILaunchOptions, mfaPrompter: MFATokenCodePrompter? = nil, debugLog: DebugLogFile? = nil,
        progress: CallProgressObserver? = nil
    ) async throws -> UIServiceConnection {
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration(
                connectTimeout: options.connectTimeout, readTimeout: options.attemptTimeout))
        do {
            // Request diagnostics (--debug) would draw over the UI, so they go to a file or nowhere.
            var logger = Logger(label: "partner-triage", factory: { _ in SwiftLogNoOpLogHandler() })
            if let debugLog {
                logger = Logger(label: "partner-triage") { label in
                    StandardErrorLogHandler(
                        label: label, level: .debug, console: debugLog, clock: { AuditRecord.format(Date()) })
                }
                logger.logLevel = .debug
                logger.debug("partner-triage \(BuildInfo.description)")
            }
            let client = try PartnerCentralClient.make(
                options: ClientOptions(
                    profile: options.profile, region: options.region, endpointURL: options.endpointURL,
                    debug: debugLog != nil, connectTimeout: options.connectTimeout,
                    attemptTimeout: options.attemptTimeout),
                environment: options.environment, httpClient: httpClient, logger: logger,
                chain: CredentialChain(
                    profileFactories: [
                        .identity(
                            IdentityProviderOptions(mfaTokenCodePrompter: mfaPrompter, sharesAWSCLIRoleCache: true))
                    ]
                        + ProfileProviderFactory.basic),
                progress: progress)
            return UIServiceConnection(
                service: PartnerCentralTriageService(client: client),
                shutdown: { try? await httpClient.shutdown() },
                identity: options.headerIdentity(
                    client.configuration.identityDescription, endpoint: client.configuration.endpoint))
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
    }
}
