/// The result of signing: the headers to send and the intermediate steps, for diagnostics and tests.
package struct SigV4SignedRequest: Sendable {
    /// Every header to send: the request's own, plus `X-Amz-Date`, `X-Amz-Security-Token`, `Authorization`.
    package let headers: [(name: String, value: String)]
    /// The canonical request (contains the session token when it is signed; redact before logging).
    package let canonicalRequest: String
    /// The string to sign.
    package let stringToSign: String
    /// The hex signature.
    package let signature: String
    /// The `Authorization` header value.
    package let authorization: String

    /// The `Authorization` value with its signature replaced by `<redacted>`, safe to log.
    package var redactedAuthorization: String {
        authorization.replacingOccurrences(of: signature, with: "<redacted>")
    }
}
