import AsyncHTTPClient
import Logging
import PartnerCentral
import TriageEffects

/// A `PartnerCentralClient` with the process's one `HTTPClient`, which ``shutdown()`` closes.
///
/// Both the commands and the UI open their client through here, so timeouts, TLS and redirects are set once.
struct ClientConnection: Sendable {
    let client: PartnerCentralClient
    private let httpClient: HTTPClient

    /// Resolves options, credentials and endpoint against `environment` and creates the client; nothing is sent to
    /// Partner Central. Role, SSO and web identity credentials are fetched here (STS or the SSO portal is called,
    /// and a role with `mfa_serial` asks for the code on the terminal).
    ///
    /// - Throws: ``PartnerCentralError`` for which nothing was sent (unknown profile, no credentials, a refused endpoint, no
    ///   terminal for an MFA code, an expired SSO login).
    static func open(
        profile: String?,
        region: String?,
        endpointURL: String?,
        connectTimeout: Double = 5,
        attemptTimeout: Double = 30,
        debug: Bool,
        environment: [String: String],
        logger: Logger?,
        progress: CallProgressObserver? = nil
    ) async throws -> ClientConnection {
        let options = ClientOptions(
            profile: profile, region: region, endpointURL: endpointURL, debug: debug, connectTimeout: connectTimeout,
            attemptTimeout: attemptTimeout)
        let httpClient = HTTPClient(
            eventLoopGroup: HTTPClient.defaultEventLoopGroup,
            configuration: PartnerCentralClient.httpClientConfiguration(
                connectTimeout: options.connectTimeout,
                readTimeout: options.attemptTimeout
            )
        )
        // Role profiles with mfa_serial ask for the code on the terminal; role credentials are shared with the AWS
        // CLI's cache, so a code entered once serves later runs (and the AWS CLI) for the role's lifetime.
        let chain = CredentialChain(
            profileFactories: [
                .identity(
                    IdentityProviderOptions(
                        mfaTokenCodePrompter: TerminalMFAPrompter.prompter, sharesAWSCLIRoleCache: true))
            ]
                + ProfileProviderFactory.basic)
        do {
            let client: PartnerCentralClient
            if let logger {
                client = try PartnerCentralClient.make(
                    options: options,
                    environment: environment,
                    httpClient: httpClient,
                    logger: logger,
                    chain: chain,
                    progress: progress
                )
            } else {
                client = try PartnerCentralClient.make(
                    options: options,
                    environment: environment,
                    httpClient: httpClient,
                    chain: chain,
                    progress: progress
                )
            }
            return try await withCredentials(ClientConnection(client: client, httpClient: httpClient))
        } catch {
            try? await httpClient.shutdown()
            throw error
        }
    }

    /// Fetches role, SSO and process credentials now, before any invitation is touched: a missing MFA terminal or an
    /// expired SSO login is then one clear line and exit 2, not one failure per id.
    private static func withCredentials(_ connection: ClientConnection) async throws(PartnerCentralError)
        -> ClientConnection
    {
        do {
            _ = try await connection.client.configuration.credentialProvider.credentials()
        } catch {
            throw .credentials(ErrorContext(host: connection.client.configuration.endpoint.host), underlying: error)
        }
        return connection
    }

    /// Closes the HTTP client; call once, after the last request.
    func shutdown() async {
        try? await httpClient.shutdown()
    }
}
