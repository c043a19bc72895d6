import AsyncHTTPClient
import Logging
import PartnerCentral
import TriageEffects

/// An open connection: the service, the identity it acts as, and the shutdown of the process's one HTTP client.
///
/// The commands and the UI both open their client through ``open(_:environment:logger:mfaPrompter:progress:fetchesCredentialsFirst:)``,
/// so timeouts, TLS, redirects, the MFA prompter and the role cache are set once.
struct ServiceConnection: Sendable {
    var service: any TriageService
    var shutdown: @Sendable () async -> Void
    /// The client's description of its credentials ("profile ops · role Triage · account 444455556666").
    var identity: String = ""
    /// Where requests go, so the UI header can name an endpoint that is not the service's own.
    var endpoint: Endpoint? = nil
    /// What every audit line of this connection names: account, credentials, endpoint.
    var auditDestination: AuditDestination? = nil

    /// Resolves `options`, credentials and endpoint against `environment` and creates the client; nothing is sent
    /// to Partner Central.
    ///
    /// - Parameters:
    ///   - mfaPrompter: asks for the code of a role profile's `mfa_serial` (the terminal for commands, a dialog in
    ///     the UI).
    ///   - fetchesCredentialsFirst: fetch role, SSO and process credentials now (STS or the SSO portal is called),
    ///     so a missing MFA terminal or an expired SSO login is one clear line and exit 2, not one failure per id.
    /// - Throws: ``PartnerCentralError`` for which nothing was sent (unknown profile, no credentials, a refused
    ///   endpoint, no terminal for an MFA code, an expired SSO login); the HTTP client is shut down first.
    static func open(
        _ options: ClientOptions,
        environment: [String: String],
        logger: Logger? = nil,
        mfaPrompter: MFATokenCodePrompter?,
        progress: CallProgressObserver? = nil,
        fetchesCredentialsFirst: Bool = false
    ) async throws -> ServiceConnection {
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration(
                connectTimeout: options.connectTimeout, readTimeout: options.attemptTimeout))
        do {
            let client = try PartnerCentralClient.make(
                options: options, environment: environment, httpClient: httpClient,
                logger: logger ?? Logger(label: "partner-triage", factory: { _ in SwiftLogNoOpLogHandler() }),
                mfaTokenCodePrompter: mfaPrompter,
                // A role's code entered once then serves later runs (and the AWS CLI) for the role's lifetime.
                sharesAWSCLIRoleCache: true, progress: progress)
            if fetchesCredentialsFirst { try await fetchCredentials(client) }
            return ServiceConnection(
                service: PartnerCentralTriageService(client: client),
                shutdown: { try? await httpClient.shutdown() },
                identity: client.configuration.identityDescription,
                endpoint: client.configuration.endpoint,
                auditDestination: AuditDestination(client.configuration))
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
    }

    private static func fetchCredentials(_ client: PartnerCentralClient) async throws(PartnerCentralError) {
        do {
            _ = try await client.configuration.credentialProvider.credentials()
        } catch {
            throw .credentials(ErrorContext(host: client.configuration.endpoint.host), underlying: error)
        }
    }
}
