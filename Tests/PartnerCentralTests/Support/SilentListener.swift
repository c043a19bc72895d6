#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A loopback port that accepts connections and never answers: a listening socket nobody reads. The kernel completes
/// every handshake into the backlog, so a client connects, sends its request and waits.
final class SilentListener {
    let port: Int
    private let descriptor: Int32

    init() throws {
        let bound = try bindLoopbackSocket(listening: true)
        descriptor = bound.descriptor
        port = bound.port
    }

    deinit { close(descriptor) }
}
