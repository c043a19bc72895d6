import PartnerCentral

/// Where a decision went: the account, the credentials and the endpoint, so practice and production decisions
/// never look alike in the audit log.
public struct AuditDestination: Hashable, Sendable {
    /// The partner account, where it is known without a call (``ClientConfiguration/accountID``).
    public var account: String?
    /// The profile or credential source, as the header shows it (`profile ops · role Triage`, `environment
    /// credentials`); never a key or token.
    public var credentials: String
    /// The endpoint URL requests went to.
    public var endpoint: String

    /// Creates a destination.
    public init(account: String?, credentials: String, endpoint: String) {
        self.account = account
        self.credentials = credentials
        self.endpoint = endpoint
    }

    /// The destination of a client's requests.
    public init(_ configuration: ClientConfiguration) {
        self.init(
            account: configuration.accountID, credentials: configuration.identityDescription,
            endpoint: configuration.endpoint.url.absoluteString)
    }
}
