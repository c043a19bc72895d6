import Foundation
import PartnerCentral

/// What a credential authority knows about an access key id.
public enum CredentialLookup: Sendable, Equatable {
    /// The key is not this authority's; the next authority is asked.
    case unknown
    /// The key is known: its secret and, for temporary credentials, the session token requests must carry.
    case known(secretAccessKey: String, sessionToken: String?)
    /// The key was issued but has expired (answers `ExpiredTokenException`).
    case expired
}

/// Decides which access keys the emulator accepts.
///
/// The emulator asks each configured authority in turn and uses the first answer that is not `.unknown`.
/// Implementers must be safe to call concurrently (an actor, or immutable state). The identity extensions (STS,
/// SSO) add an authority for the temporary credentials they issue.
public protocol CredentialAuthority: Sendable {
    /// Looks up an access key id at the emulator's current time.
    func lookup(accessKeyId: String, now: Date) async -> CredentialLookup
}

/// An authority for a fixed list of credentials (the `--access-key-id`/`--secret-access-key` pair, the demo keys).
public struct StaticCredentialAuthority: CredentialAuthority {
    private let byKey: [String: AWSCredentials]

    /// Accepts exactly these credentials; a session token, when set, must accompany the key.
    public init(_ credentials: [AWSCredentials]) {
        var byKey: [String: AWSCredentials] = [:]
        for credential in credentials { byKey[credential.accessKeyId] = credential }
        self.byKey = byKey
    }

    public func lookup(accessKeyId: String, now: Date) async -> CredentialLookup {
        guard let credentials = byKey[accessKeyId] else { return .unknown }
        if let expiration = credentials.expiration, expiration <= now { return .expired }
        return .known(secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken)
    }
}
