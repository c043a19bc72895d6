import Crypto
import Foundation

/// An HTTP request as SigV4 sees it: the parts that go into the canonical request.
///
/// `path` is the path as it appears on the wire; the signer encodes each segment once more, which is the
/// rule for every service except S3. `query` holds decoded name/value pairs.
package struct SigV4Request: Sendable {
    /// The HTTP method, e.g. `POST`.
    package var method: String
    /// The path as sent, e.g. `/`.
    package var path: String
    /// Decoded query parameters in any order.
    package var query: [(name: String, value: String)]
    /// Header fields in the order they are sent; names in any case, repeated names allowed.
    package var headers: [(name: String, value: String)]
    /// The lowercase hex SHA-256 of the body (or a special value such as `UNSIGNED-PAYLOAD`).
    package var payloadHash: String

    /// Creates a request whose payload hash is already known (a verifier reading `x-amz-content-sha256`).
    package init(
        method: String,
        path: String,
        query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)],
        payloadHash: String
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.payloadHash = payloadHash
    }

    /// Creates a request and hashes its body.
    package init(
        method: String,
        path: String,
        query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)],
        body: some DataProtocol
    ) {
        self.init(method: method, path: path, query: query, headers: headers, payloadHash: SigV4Request.sha256Hex(body))
    }

    /// The hash of an empty body.
    package static let emptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// Lowercase hex SHA-256.
    package static func sha256Hex(_ data: some DataProtocol) -> String {
        SHA256.hash(data: data).hexString
    }

    /// Splits a raw query string (`a=1&b=%E1%88%B4`) into decoded pairs; a name without `=` has an empty value.
    package static func parseQuery(_ raw: String) -> [(name: String, value: String)] {
        raw.split(separator: "&", omittingEmptySubsequences: true).map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = parts.count > 1 ? String(parts[1]) : ""
            return (name.removingPercentEncoding ?? name, value.removingPercentEncoding ?? value)
        }
    }

    /// The value of the first header with this name (case-insensitive).
    package func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

extension Sequence where Element == UInt8 {
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
