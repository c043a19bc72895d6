import Hummingbird
import HummingbirdCore
import NIOCore
import PartnerCentral
import Synchronization

/// What keeps silent and half-open connections from exhausting the emulator's file descriptors: a connection that
/// sends no complete request head (or sits idle between requests) for ``idleTimeout`` is closed, and connections
/// beyond ``maximumConnections`` are closed as soon as they are accepted.
public struct ConnectionLimits: Sendable, Hashable {
    /// How long a connection may go without a complete request head, or idle between requests.
    public var idleTimeout: Duration
    /// Open connections at most; more are closed at once.
    public var maximumConnections: Int

    /// Creates limits.
    public init(idleTimeout: Duration = .seconds(10), maximumConnections: Int = 512) {
        self.idleTimeout = idleTimeout
        self.maximumConnections = maximumConnections
    }

    /// Ten seconds to send a request head; 512 connections (under the common descriptor limit of 1024).
    public static let standard = ConnectionLimits()

    /// The HTTP/1.1 server with these limits.
    func server() -> HTTPServerBuilder {
        let counter = OpenConnections()
        let maximum = maximumConnections
        let components = idleTimeout.components
        let timeout = TimeAmount.nanoseconds(
            components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000)
        return .http1(
            configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [ConnectionCap(counter: counter, maximum: maximum)],
                idleTimeout: timeout))
    }
}

/// Counts the open connections across the server and closes a connection that would go over the cap.
final class ConnectionCap: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = NIOAny

    let counter: OpenConnections
    let maximum: Int

    init(counter: OpenConnections, maximum: Int) {
        self.counter = counter
        self.maximum = maximum
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let open = counter.count.withLock { count -> Int in
            count += 1
            return count
        }
        if open > maximum { context.close(promise: nil) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        counter.count.withLock { $0 -= 1 }
    }
}

/// The connections open across one server, shared by every connection's ``ConnectionCap``.
final class OpenConnections: Sendable {
    let count = Mutex(0)
}
