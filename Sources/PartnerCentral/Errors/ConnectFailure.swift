/// Why no connection to the endpoint could be made, in terms a person can act on.
///
/// Compare it with the static values (`failure == .refused`) or decide by its ``code``; new codes may be added
/// without breaking callers.
public struct ConnectFailure: Sendable, Hashable {
    /// What kind of failure this is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// Nothing listens on the endpoint's port (or a firewall rejected the connection).
        public static let refused = Code("refused")
        /// The host name does not resolve in DNS.
        public static let unknownHost = Code("unknownHost")
        /// There is no route to the host (network down, VPN off).
        public static let unreachable = Code("unreachable")
        /// The connect timeout ran out before the server answered the connection.
        public static let timedOut = Code("timedOut")

        /// The code's name.
        public var description: String { name }
    }

    /// The failure as this module switches over it.
    enum Base: Hashable, Sendable {
        case refused, unknownHost, unreachable
        case timedOut(seconds: Double?)
    }

    let base: Base

    init(_ base: Base) { self.base = base }

    /// Nothing listens on the endpoint's port (or a firewall rejected the connection).
    public static let refused = ConnectFailure(.refused)
    /// The host name does not resolve in DNS.
    public static let unknownHost = ConnectFailure(.unknownHost)
    /// There is no route to the host (network down, VPN off).
    public static let unreachable = ConnectFailure(.unreachable)

    /// The connect timeout (`--connect-timeout`, `seconds` when known) ran out before the server answered.
    public static func timedOut(seconds: Double?) -> Self { Self(.timedOut(seconds: seconds)) }

    /// What kind of failure this is.
    public var code: Code {
        switch base {
        case .refused: .refused
        case .unknownHost: .unknownHost
        case .unreachable: .unreachable
        case .timedOut: .timedOut
        }
    }

    /// For ``Code/timedOut``: the connect timeout in seconds, when known.
    public var seconds: Double? {
        if case .timedOut(let seconds) = base { return seconds }
        return nil
    }

    /// Whether the failure is quick and unlikely to heal within seconds, so it is retried only briefly.
    public var isImmediate: Bool { code != .timedOut }
}
