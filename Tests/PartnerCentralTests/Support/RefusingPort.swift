#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A loopback port that refuses every connection and that no other test can take while this value lives: a socket
/// bound to it that never listens. (A stopped server's port can be handed to the next server that binds port 0.)
final class RefusingPort {
    let port: Int
    private let descriptor: Int32

    init() throws {
        let bound = try bindLoopbackSocket(listening: false)
        descriptor = bound.descriptor
        port = bound.port
    }

    deinit { close(descriptor) }
}

struct RefusingPortError: Error {}

/// A TCP socket bound to a free port on 127.0.0.1, listening (backlog 64) when `listening`; its descriptor and port.
func bindLoopbackSocket(listening: Bool) throws -> (descriptor: Int32, port: Int) {
    #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard descriptor >= 0 else { throw RefusingPortError() }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
            bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
        }
    }
    guard bound, !listening || listen(descriptor, 64) == 0 else {
        close(descriptor)
        throw RefusingPortError()
    }
    return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
}
