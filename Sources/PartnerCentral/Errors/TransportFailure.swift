/// How a request failed to complete.
///
/// Decide on a failure by its ``code``; the payload properties hold what a failure of that code carries. New codes
/// may be added without breaking callers, so a `switch` over codes needs a `default`.
public struct TransportFailure: Error, Sendable, Hashable {
    /// What kind of failure an error is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// No connection could be made (see ``TransportFailure/connectFailure``).
        public static let cannotConnect = Code("cannotConnect")
        /// The connection closed before a full response arrived.
        public static let connection = Code("connection")
        /// Connected, but no complete answer came within the attempt's deadline.
        public static let timeout = Code("timeout")
        /// TLS negotiation or certificate verification failed.
        public static let tls = Code("tls")
        /// The response body was larger than the client accepts.
        public static let responseTooLarge = Code("responseTooLarge")

        /// The code's name.
        public var description: String { name }
    }

    /// The failure as this module switches over it; callers outside use ``code`` and the payload properties.
    enum Base: Hashable, Sendable {
        case cannotConnect(ConnectFailure.Base)
        case connection(detail: String)
        case timeout(seconds: Double?)
        case tls(detail: String)
        case responseTooLarge(limit: Int)
    }

    let base: Base

    private init(_ base: Base) { self.base = base }

    /// No connection could be made: refused, an unknown host name, no route, or the connect timeout ran out.
    public static func cannotConnect(_ failure: ConnectFailure) -> Self { Self(.cannotConnect(failure.base)) }

    /// The connection closed before a full response arrived (`detail` is this client's own sentence).
    public static func connection(detail: String) -> Self { Self(.connection(detail: detail)) }

    /// Connected, but no complete answer came within the attempt's deadline (`seconds`, `--attempt-timeout`).
    public static func timeout(seconds: Double?) -> Self { Self(.timeout(seconds: seconds)) }

    /// TLS negotiation or certificate verification failed.
    public static func tls(detail: String) -> Self { Self(.tls(detail: detail)) }

    /// The response body was larger than `limit` bytes, the most the client accepts.
    public static func responseTooLarge(limit: Int) -> Self { Self(.responseTooLarge(limit: limit)) }

    /// What kind of failure this is.
    public var code: Code {
        switch base {
        case .cannotConnect: .cannotConnect
        case .connection: .connection
        case .timeout: .timeout
        case .tls: .tls
        case .responseTooLarge: .responseTooLarge
        }
    }

    /// For ``Code/cannotConnect``: why no connection could be made.
    public var connectFailure: ConnectFailure? {
        if case .cannotConnect(let failure) = base { return ConnectFailure(failure) }
        return nil
    }

    /// For ``Code/connection`` and ``Code/tls``: this client's sentence on what happened.
    public var detail: String? {
        switch base {
        case .connection(let detail), .tls(let detail): detail
        default: nil
        }
    }

    /// For ``Code/timeout``: how long each attempt waited, in seconds, when known.
    public var seconds: Double? {
        if case .timeout(let seconds) = base { return seconds }
        return nil
    }

    /// For ``Code/responseTooLarge``: the most bytes the client accepts.
    public var limit: Int? {
        if case .responseTooLarge(let limit) = base { return limit }
        return nil
    }
}
