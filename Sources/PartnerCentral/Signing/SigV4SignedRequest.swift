/// The result of signing: the headers to send and the intermediate steps, for diagnostics and tests.
public struct SigV4SignedRequest: Sendable {
    /// Every header to send: the request's own, plus `X-Amz-Date`, `X-Amz-Security-Token`, `Authorization`.
    public let headers: [(name: String, value: String)]
    /// The canonical request (contains the session token when it is signed; redact before logging).
    public let canonicalRequest: String
    /// The string to sign.
    public let stringToSign: String
    /// The hex signature.
    public let signature: String
    /// The `Authorization` header value.
    public let authorization: String

    /// The `Authorization` value with its signature replaced by `<redacted>`, safe to log.
    public var redactedAuthorization: String {
        authorization.replacingOccurrences(of: signature, with: "<redacted>")
    }
}
