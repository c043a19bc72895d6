import Foundation
import PartnerCentral

/// The emulator's identity state: temporary credentials issued by STS and the SSO portal, SSO access and refresh
/// tokens, and a record of `AssumeRole` calls for tests.
///
/// As a ``CredentialAuthority`` it makes issued credentials acceptable to every signed route until they expire, and
/// answers `.expired` afterwards (the routes then send `ExpiredTokenException`). Secrets are derived from the key
/// material passed in by the composition root and a counter, so nothing here reads randomness.
public actor IdentityAuthority: CredentialAuthority {
    /// One `AssumeRole`/`AssumeRoleWithWebIdentity` call as STS received it, for assertions in tests.
    public struct AssumeRoleCall: Sendable, Equatable {
        /// `AssumeRole` or `AssumeRoleWithWebIdentity`.
        public var action: String
        /// The access key that signed the call; `nil` for web identity.
        public var callerAccessKeyId: String?
        public var roleArn: String
        public var roleSessionName: String
        public var externalId: String?
        public var durationSeconds: Int?
        public var serialNumber: String?
        public var tokenCode: String?
        /// The access key id issued in answer.
        public var issuedAccessKeyId: String
        /// The region of the caller's SigV4 credential scope (`nil` for unsigned web identity calls); tests check
        /// that STS is called in the client's region.
        public var signingRegion: String? = nil
    }

    /// Whether an SSO access token is usable.
    enum AccessTokenState: Equatable {
        case valid
        case expired
        case unknown
    }

    private let keyMaterial: [UInt8]
    private var counter: UInt64 = 0
    private var issued: [String: AWSCredentials] = [:]
    private var accessTokens: [String: Date] = [:]
    private var refreshTokens: [String: IdentityConfiguration.SeededRefreshToken] = [:]
    /// Every STS call answered with credentials, oldest first.
    public private(set) var assumeRoleCalls: [AssumeRoleCall] = []
    /// How many `CreateToken` calls issued a token.
    public private(set) var createTokenCount = 0
    /// How many `GetRoleCredentials` calls issued credentials.
    public private(set) var roleCredentialsCount = 0

    /// Creates an authority seeded from the configuration.
    public init(configuration: IdentityConfiguration, keyMaterial: [UInt8]) {
        self.keyMaterial = keyMaterial
        for seeded in configuration.accessTokens { accessTokens[seeded.token] = seeded.expiresAt }
        for seeded in configuration.refreshTokens { refreshTokens[seeded.refreshToken] = seeded }
    }

    public func lookup(accessKeyId: String, now: Date) async -> CredentialLookup {
        guard let credentials = issued[accessKeyId] else { return .unknown }
        if let expiration = credentials.expiration, expiration <= now { return .expired }
        return .known(secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken)
    }

    // MARK: - Seeding (tests, `--seed`)

    /// Accepts an SSO access token until `expiresAt`.
    public func seedAccessToken(_ token: String, expiresAt: Date) {
        accessTokens[token] = expiresAt
    }

    /// Accepts a refresh token for a client.
    public func seedRefreshToken(_ seeded: IdentityConfiguration.SeededRefreshToken) {
        refreshTokens[seeded.refreshToken] = seeded
    }

    // MARK: - Issuing

    func issueCredentials(lifetime: TimeInterval, now: Date) -> AWSCredentials {
        let credentials = AWSCredentials(
            accessKeyId: "ASIA" + derive("access-key", length: 16).uppercased(),
            secretAccessKey: derive("secret", length: 40),
            sessionToken: "IQoJemulator" + derive("session-token", length: 96),
            expiration: now.addingTimeInterval(lifetime)
        )
        issued[credentials.accessKeyId] = credentials
        return credentials
    }

    func record(_ call: AssumeRoleCall) {
        assumeRoleCalls.append(call)
    }

    func noteRoleCredentialsIssued() {
        roleCredentialsCount += 1
    }

    func accessTokenState(_ token: String, now: Date) -> AccessTokenState {
        guard let expiresAt = accessTokens[token] else { return .unknown }
        return expiresAt > now ? .valid : .expired
    }

    /// Redeems a refresh token: a new access token and a new refresh token (the old one stops working), or `nil`
    /// when the token or the client does not match.
    func redeem(
        refreshToken: String,
        clientId: String,
        clientSecret: String,
        accessTokenLifetime: TimeInterval,
        now: Date
    ) -> (accessToken: String, refreshToken: String)? {
        guard let seeded = refreshTokens[refreshToken], seeded.clientId == clientId,
            seeded.clientSecret == clientSecret
        else { return nil }
        refreshTokens[refreshToken] = nil
        let accessToken = "aoa" + derive("access-token", length: 48)
        let nextRefresh = "aor" + derive("refresh-token", length: 48)
        accessTokens[accessToken] = now.addingTimeInterval(accessTokenLifetime)
        refreshTokens[nextRefresh] = .init(refreshToken: nextRefresh, clientId: clientId, clientSecret: clientSecret)
        createTokenCount += 1
        return (accessToken, nextRefresh)
    }

    /// `length` hex characters that only this authority can produce: SHA-256 chains over key, label and counter.
    private func derive(_ label: String, length: Int) -> String {
        counter += 1
        var output = ""
        var block = 0
        while output.count < length {
            let input = keyMaterial + Array("\(label)/\(counter)/\(block)".utf8)
            output += SigV4Request.sha256Hex(input)
            block += 1
        }
        return String(output.prefix(length))
    }
}
