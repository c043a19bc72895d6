import Crypto
import Foundation

/// Opaque `NextToken`s: the sort key of the last row returned, bound to the query it came from, signed with a
/// per-process key.
///
/// Text form: base64url(`{"k":{"t":seconds,"i":"<id>"},"q":"<query hash>"}`) `.` base64url(HMAC-SHA256). A token
/// whose MAC does not verify (tampered, or from another emulator run) or whose query hash differs from the current
/// request's filters is rejected, as the service rejects a token reused with different parameters.
struct PageToken: Sendable {
    /// The per-process key bytes (kept as bytes: `SymmetricKey` is not `Sendable`).
    let keyBytes: [UInt8]

    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    private struct Content: Codable {
        var k: RowKey
        var q: String
    }

    enum Failure: Error, Equatable {
        case malformed
        case otherQuery
    }

    /// A stable hash of everything that selects and orders the rows (not the page size).
    static func queryHash(_ parts: [String]) -> String {
        let joined = parts.joined(separator: "\u{1F}")
        return SHA256.hash(data: Array(joined.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
    }

    /// A token that resumes strictly after the row with key `last`.
    func make(after last: RowKey, query: String) -> String {
        // safe: encoding plain strings and a finite number cannot fail
        let json = try! JSONEncoder().encode(Content(k: last, q: query))
        let mac = HMAC<SHA256>.authenticationCode(for: json, using: key)
        return PageToken.base64url(json) + "." + PageToken.base64url(Data(mac))
    }

    /// The key of the last row the token's page returned.
    func lastKey(of token: String, query: String) throws(Failure) -> RowKey {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let json = PageToken.unbase64url(parts[0]), let mac = PageToken.unbase64url(parts[1]),
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: json, using: key),
            let content = try? JSONDecoder().decode(Content.self, from: json)
        else { throw .malformed }
        guard content.q == query else { throw .otherQuery }
        return content.k
    }

    static func base64url(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func unbase64url(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
