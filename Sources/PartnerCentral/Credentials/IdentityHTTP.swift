import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix

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
        do {
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
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw Failure(description: Self.describe(error))
        }
    }

    /// A failed exchange in words a person can act on.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What went wrong, without the libraries' own descriptions: those of TLS errors carry source file paths from
    /// the build, and NIO's carry errno dumps.
    static func describe(_ error: any Error) -> String {
        if error is NIOTooManyBytesError { return "the response was larger than \(maximumBodySize) bytes" }
        let typeName = String(reflecting: type(of: error))
        if typeName.contains("SSL") || typeName.contains("TLS") || typeName.contains("Certificate") {
            return "the server's certificate or TLS handshake was not accepted"
        }
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return "the host name could not be resolved"
            }
            return error.connectionErrors.first.map { describe($0.error) } ?? "the connection was refused"
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .writeTimeout, .connectTimeout: return "the request timed out"
            case .tlsHandshakeTimeout: return "the TLS handshake timed out"
            case .remoteConnectionClosed: return "the connection closed before a complete response arrived"
            default: return "the connection failed"
            }
        }
        return "the connection failed"
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
