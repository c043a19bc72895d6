import AsyncHTTPClient
import Foundation
import NIOCore

/// The one HTTP exchange the identity services need (STS, SSO portal, SSO OIDC), over the caller's `HTTPClient`.
///
/// Kept apart from the Partner Central transport because these calls have their own protocols (Query/XML,
/// REST-JSON) and no retries of their own: a failed refresh is retried by ``RefreshingCredentialProvider``.
struct IdentityHTTP: Sendable {
    struct Response: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: Data

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    let client: HTTPClient
    /// Per-call timeout; STS and SSO answer in well under a second when healthy.
    var timeout: TimeInterval = 30
    /// Identity responses are small; anything bigger is not what we asked for.
    static let maximumBodySize = 1 << 20

    func send(
        method: String,
        url: URL,
        headers: [(name: String, value: String)],
        body: Data?
    ) async throws -> Response {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .init(rawValue: method)
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let (client, timeout, outgoing) = (self.client, self.timeout, request)
        // The timeout covers the whole exchange, to the body's last byte.
        return try await withWholeRequestDeadline(seconds: timeout) {
            let response = try await client.execute(outgoing, timeout: .milliseconds(Int64(timeout * 1000)))
            let buffer = try await response.body.collect(upTo: Self.maximumBodySize)
            return Response(
                status: Int(response.status.code),
                headers: response.headers.map { ($0.name, $0.value) },
                body: Data(buffer.readableBytesView)
            )
        }
    }

    /// The `Host` header value for a URL: the host plus the port when it is not the scheme's default.
    static func hostHeader(_ url: URL) -> String {
        let host = url.host ?? ""
        guard let port = url.port else { return host }
        let isDefault = (url.scheme == "https" && port == 443) || (url.scheme == "http" && port == 80)
        return isDefault ? host : "\(host):\(port)"
    }

    /// Form encoding as AWS's Query protocol uses it: everything but RFC 3986 unreserved characters is escaped.
    static func formEncode(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-_.~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
