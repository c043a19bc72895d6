/// Why no connection to the endpoint could be made, in terms a person can act on.
public enum ConnectFailure: Sendable, Hashable {
    /// Nothing listens on the endpoint's port (or a firewall rejected the connection).
    case refused
    /// The host name does not resolve in DNS.
    case unknownHost
    /// There is no route to the host (network down, VPN off).
    case unreachable
    /// The connect timeout (`--connect-timeout`, in seconds) ran out before the server answered the connection.
    case timedOut(seconds: Double?)

    /// Whether the failure is quick and unlikely to heal within seconds, so it is retried only briefly.
    public var isImmediate: Bool {
        if case .timedOut = self { return false }
        return true
    }
}
