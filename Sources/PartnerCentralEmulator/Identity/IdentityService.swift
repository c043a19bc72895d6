import Foundation
import PartnerCentral

/// The emulator's identity side: STS (`POST /`, Query protocol), the SSO portal (`GET /federation/credentials`) and
/// SSO OIDC (`POST /token`), answering with temporary credentials that the Partner Central routes then accept.
///
/// Register it as an extension; its ``authority`` joins the emulator's credential authorities, so issued credentials
/// sign Partner Central calls until they expire and then get `ExpiredTokenException`.
///
/// ```swift
/// let identity = IdentityService(configuration: IdentityConfiguration(credentialLifetime: 5), keyMaterial: key)
/// let emulator = try await RunningEmulator.start(EmulatorConfiguration(port: 0, extensions: [identity]))
/// ```
public final class IdentityService: Sendable {
    /// The configuration it was created with.
    public let configuration: IdentityConfiguration
    /// Issued credentials and tokens, plus a record of STS calls for tests.
    public let authority: IdentityAuthority

    /// Creates the service.
    ///
    /// - Parameter keyMaterial: secret bytes from the composition root; issued secrets derive from them.
    public init(configuration: IdentityConfiguration = IdentityConfiguration(), keyMaterial: [UInt8]) {
        self.configuration = configuration
        self.authority = IdentityAuthority(configuration: configuration, keyMaterial: keyMaterial)
    }

    /// Whether a request is for STS: a form-encoded POST without `X-Amz-Target` (awsJson requests carry one).
    public static func isSTSRequest(method: String, headers: [(name: String, value: String)]) -> Bool {
        guard method.uppercased() == "POST" else { return false }
        let lower = headers.map { ($0.name.lowercased(), $0.value.lowercased()) }
        if lower.contains(where: { $0.0 == "x-amz-target" }) { return false }
        return lower.contains { $0.0 == "content-type" && $0.1.hasPrefix("application/x-www-form-urlencoded") }
    }

    /// Answers an identity request, or returns `nil` when the request is not for an identity route.
    ///
    /// - Parameters:
    ///   - requestId: the id the response carries (in STS's XML too).
    ///   - now: the emulator's wall clock.
    ///   - authorities: every authority whose keys may sign an STS call, this service's included.
    public func handle(
        _ request: IdentityHTTPRequest,
        requestId: String,
        now: @escaping @Sendable () -> Date,
        authorities: [any CredentialAuthority]
    ) async -> IdentityHTTPResponse? {
        let portal = SSOPortalHandler(configuration: configuration, authority: authority, now: now)
        switch (request.method.uppercased(), request.path) {
        case ("POST", "/") where Self.isSTSRequest(method: request.method, headers: request.headers):
            let sts = STSQueryHandler(
                configuration: configuration,
                authority: authority,
                authorities: authorities,
                now: now
            )
            return await sts.handle(request, requestId: requestId)
        case ("GET", "/federation/credentials"):
            return await portal.getRoleCredentials(request, requestId: requestId)
        case ("POST", "/token"):
            return await portal.createToken(request, requestId: requestId)
        default:
            return nil
        }
    }
}
