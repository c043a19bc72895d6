import Crypto

/// Keys for separate uses, each HMAC-SHA256(secret, purpose) of the run's one secret.
///
/// Request ids are shown to every caller; if they were cut from the key that signs `NextToken`s, each response
/// would hand out part of that key. Derived keys are unrelated to one another and reveal nothing of the secret.
enum DerivedKey: String {
    /// Signs `NextToken`s.
    case pageToken = "page-token"
    /// Seeds the request-id prefix.
    case requestId = "request-id"

    /// The key for this purpose.
    func bytes(from secret: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: Array(rawValue.utf8), using: SymmetricKey(data: secret)))
    }
}
