import Foundation

/// An AWS access key pair, optionally temporary (session token and expiry).
///
/// `description` names the access key id only; the secret key and the session token never appear in it.
public struct AWSCredentials: Sendable, Hashable, CustomStringConvertible {
    /// The access key id (`AKIA…`/`ASIA…`); not a secret.
    public var accessKeyId: String
    /// The secret access key.
    public var secretAccessKey: String
    /// The session token of temporary credentials.
    public var sessionToken: String?
    /// When temporary credentials stop working; `nil` for long-term keys.
    public var expiration: Date?

    /// Creates credentials.
    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }

    /// Whether the credentials expire within `interval` of `now` (never, for long-term keys).
    public func expires(within interval: TimeInterval, of now: Date) -> Bool {
        guard let expiration else { return false }
        return expiration.timeIntervalSince(now) <= interval
    }

    public var description: String {
        var text = "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>"
        if sessionToken != nil { text += ", sessionToken: <redacted>" }
        if let expiration { text += ", expiration: \(Timestamp.format(expiration))" }
        return text + ")"
    }
}

extension AWSCredentials: CustomDebugStringConvertible {
    /// The same redacted text as ``description``.
    public var debugDescription: String { description }
}
