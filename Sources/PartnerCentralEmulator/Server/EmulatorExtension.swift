import Foundation
import Hummingbird

/// A module that adds routes and accepted credentials to the emulator (the identity helpers: STS, SSO portal,
/// SSO OIDC), registered through ``EmulatorConfiguration/extensions``.
public protocol EmulatorExtension: Sendable {
    /// Adds routes on other paths than `POST /` (every response still gets `x-amzn-RequestId`, and a thrown
    /// ``AWSJSONError`` becomes its JSON response).
    func addRoutes(to router: Router<EmulatorRequestContext>, services: EmulatorServices)
    /// Answers a `POST /` without `X-Amz-Target` (e.g. an STS Query call), or returns `nil` to leave it.
    func handleRootPost(
        _ request: Request, body: [UInt8], context: EmulatorRequestContext, services: EmulatorServices
    ) async throws -> Response?
    /// An authority for the credentials the extension issues, asked after the configured credentials.
    var credentialAuthority: (any CredentialAuthority)? { get }
}

extension EmulatorExtension {
    public func addRoutes(to router: Router<EmulatorRequestContext>, services: EmulatorServices) {}
    public func handleRootPost(
        _ request: Request, body: [UInt8], context: EmulatorRequestContext, services: EmulatorServices
    ) async throws -> Response? { nil }
    public var credentialAuthority: (any CredentialAuthority)? { nil }
}

/// What the emulator shares with its extensions.
public struct EmulatorServices: Sendable {
    /// The emulator's wall clock.
    public let now: @Sendable () -> Date
    /// The emulator's region.
    public let region: String
    /// The partner's account id.
    public let accountId: String
    /// Every credential authority, for verifying requests signed for another service: pass them to a
    /// ``SignatureVerifier`` with that service's signing name.
    public let authorities: [any CredentialAuthority]

    /// A verifier for requests signed for `service` (e.g. `sts`).
    public func verifier(service: String) -> SignatureVerifier {
        SignatureVerifier(service: service, region: region, authorities: authorities, now: now)
    }

    /// The request's headers as SigV4 sees them, `host` included.
    public static func signedHeaders(of request: Request) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        if let authority = request.head.authority { headers.append(("host", authority)) }
        for field in request.headers { headers.append((field.name.rawName, field.value)) }
        return headers
    }
}
