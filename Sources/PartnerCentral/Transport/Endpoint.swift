import Foundation

/// Where requests go: `https://partnercentral-selling.us-east-1.api.aws` unless overridden.
///
/// Plain `http://` is allowed only to loopback hosts (127.0.0.0/8, `::1`, `localhost`), for the emulator;
/// anything else is refused before a connection is made.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    /// The URL requests are posted to (path `/`).
    public let url: URL
    /// The `Host` header value: the host, plus the port when it is not the scheme's default.
    public let hostHeader: String
    /// The host alone, for messages.
    public let host: String

    /// The service's only endpoint.
    public static let defaultURL = "https://partnercentral-selling.us-east-1.api.aws"
    /// The host of ``defaultURL``, for messages about a failure before an endpoint was chosen.
    public static var defaultHost: String { URLComponents(string: defaultURL)?.host ?? defaultURL }
    /// The service's signing name.
    package static let signingName = "partnercentral-selling"

    /// Parses and checks an endpoint URL.
    ///
    /// - Throws: ``PartnerCentralError/invalidEndpoint(url:reason:)``.
    public init(_ text: String) throws(PartnerCentralError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else {
            throw .invalidEndpoint(url: text, reason: "it is not an absolute URL such as https://host")
        }
        guard components.user == nil, components.password == nil else {
            throw .invalidEndpoint(
                url: "(redacted)",
                reason: "an endpoint URL must not contain a user name or password"
            )
        }
        guard components.query == nil, components.fragment == nil else {
            throw .invalidEndpoint(url: text, reason: "an endpoint URL has no query or fragment")
        }
        switch scheme {
        case "https":
            break
        case "http":
            guard Endpoint.isLoopback(host) else {
                throw .invalidEndpoint(
                    url: text,
                    reason: "plain http:// is only allowed to loopback hosts (127.0.0.1, ::1, localhost); use https://"
                )
            }
        default:
            throw .invalidEndpoint(url: text, reason: "the scheme must be https (or http for a loopback host)")
        }
        guard Endpoint.hasValidPort(trimmed) else {
            throw .invalidEndpoint(url: text, reason: "the port must be a number from 1 to 65535")
        }
        let defaultPort = scheme == "https" ? 443 : 80
        let bracketed = host.contains(":") ? "[\(host)]" : host
        var hostHeader = bracketed.lowercased()
        if let port = components.port, port != defaultPort { hostHeader += ":\(port)" }
        var clean = URLComponents()
        clean.scheme = scheme
        clean.percentEncodedHost = components.percentEncodedHost
        clean.port = components.port
        let path = components.percentEncodedPath
        clean.percentEncodedPath = path.isEmpty ? "/" : path
        guard let url = clean.url else {
            throw .invalidEndpoint(url: text, reason: "it is not a valid URL")
        }
        self.url = url
        self.hostHeader = hostHeader
        self.host = host
    }

    /// The endpoint for this invocation: `--endpoint-url`, then `AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING`, then
    /// `AWS_ENDPOINT_URL`, then the default.
    ///
    /// - Throws: ``PartnerCentralError/invalidEndpoint(url:reason:)`` for a URL this client refuses.
    public static func resolve(explicit: String?, environment: [String: String]) throws(PartnerCentralError) -> Endpoint
    {
        try resolve(explicit: explicit, configured: ConfiguredEndpoints(environment: environment))
    }

    /// The endpoint for this invocation: `--endpoint-url`, then the configured endpoints for
    /// `partnercentral_selling` (environment, then the shared config; see ``ConfiguredEndpoints``), then the default.
    ///
    /// - Throws: ``PartnerCentralError/invalidEndpoint(url:reason:)`` for a URL this client refuses.
    package static func resolve(explicit: String?, configured: ConfiguredEndpoints) throws(PartnerCentralError)
        -> Endpoint
    {
        if let explicit, !explicit.isEmpty { return try Endpoint(explicit) }
        return try Endpoint(configured.url(service: serviceID) ?? defaultURL)
    }

    /// The service's id in configured-endpoint names (`AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING`, `[services]` keys).
    package static let serviceID = "partnercentral_selling"

    /// Whether the URL's authority has no port, or a decimal one from 1 to 65535. Checked on the text, since
    /// `URLComponents` accepts any number (and a client would crash on it or wrap it to another port).
    static func hasValidPort(_ url: String) -> Bool {
        guard let schemeEnd = url.range(of: "://") else { return true }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@").last ?? authority[...]
        let afterHost: Substring
        if hostAndPort.hasPrefix("["), let close = hostAndPort.firstIndex(of: "]") {
            afterHost = hostAndPort[hostAndPort.index(after: close)...]
        } else if let colon = hostAndPort.firstIndex(of: ":") {
            afterHost = hostAndPort[colon...]
        } else {
            return true
        }
        guard afterHost.hasPrefix(":") else { return afterHost.isEmpty }
        let digits = afterHost.dropFirst()
        if digits.isEmpty { return true }  // `host:` is the scheme's default port
        guard digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let port = Int(digits) else {
            return false
        }
        return (1...65_535).contains(port)
    }

    /// Whether a host is a loopback address or `localhost`.
    package static func isLoopback(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name == "localhost" { return true }
        if name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ $0.count <= 3 && UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }

    public var description: String { url.absoluteString }
}
