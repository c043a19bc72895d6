import Foundation

/// A request to an identity route, independent of the HTTP server.
public struct IdentityHTTPRequest: Sendable {
    /// `GET`, `POST`.
    public var method: String
    /// The path as received, e.g. `/federation/credentials`.
    public var path: String
    /// The raw query string without `?`, if any.
    public var query: String?
    /// Every header as received, including `host`.
    public var headers: [(name: String, value: String)]
    /// The raw body.
    public var body: [UInt8]

    /// Creates a request.
    public init(method: String, path: String, query: String?, headers: [(name: String, value: String)], body: [UInt8]) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The first header with this name (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// A response from an identity route.
public struct IdentityHTTPResponse: Sendable {
    /// The HTTP status code.
    public var status: Int
    /// Headers to send (`Content-Type`, `x-amzn-RequestId`, `x-amzn-ErrorType`).
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    static func json(_ object: [String: Any], status: Int = 200, requestId: String, errorType: String? = nil)
        -> IdentityHTTPResponse
    {
        // safe: callers pass only strings, numbers and nested dictionaries of them
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/json"), ("x-amzn-RequestId", requestId),
        ]
        if let errorType { headers.append(("x-amzn-ErrorType", errorType)) }
        return IdentityHTTPResponse(status: status, headers: headers, body: Array(data))
    }

    static func xml(_ text: String, status: Int = 200, requestId: String) -> IdentityHTTPResponse {
        IdentityHTTPResponse(
            status: status,
            headers: [("Content-Type", "text/xml"), ("x-amzn-RequestId", requestId)],
            body: Array(text.utf8)
        )
    }
}
