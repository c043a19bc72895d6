import AsyncHTTPClient
import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentralEmulator

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Silent connections cannot starve real ones: a connection that sends no request head is closed after the header
/// timeout, and connections over the cap are closed at once. All traffic is on 127.0.0.1 and bounded.
@Suite("Emulator connection limits", .serialized, RealTimeTests.condition)
struct ConnectionLimitsTests {
    /// A plain TCP connection to 127.0.0.1 that sends nothing.
    final class SilentConnection {
        let descriptor: Int32

        init(port: Int) throws {
            #if canImport(Glibc)
                descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
                descriptor = socket(AF_INET, SOCK_STREAM, 0)
            #endif
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard descriptor >= 0, result == 0 else { throw POSIXError(.ECONNREFUSED) }
        }

        /// Whether the server closed the connection within `seconds` (a read returns end of file), polled without
        /// blocking a thread, so the other tests running meanwhile are not held up.
        func closedByServer(within seconds: Double) async -> Bool {
            let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
            repeat {
                var byte: UInt8 = 0
                let count = recv(descriptor, &byte, 1, Int32(MSG_DONTWAIT))
                if count == 0 || (count < 0 && errno == ECONNRESET) { return true }
                try? await Task.sleep(for: .milliseconds(10))
            } while ContinuousClock.now < deadline
            return false
        }

        deinit { close(descriptor) }
    }

    static func normalRequestSucceeds(_ emulator: RunningEmulator) async throws -> Duration {
        let client = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration(connectTimeout: 2, readTimeout: 5))
        let started = ContinuousClock.now
        do {
            var request = HTTPClientRequest(url: emulator.endpoint.absoluteString + "/")
            request.method = .POST
            let response = try await client.execute(request, timeout: .seconds(5))
            _ = try await response.body.collect(upTo: 1 << 16)
            #expect(response.status.code < 500)  // unsigned: refused, but answered
        } catch {
            try await client.shutdown()
            throw error
        }
        try await client.shutdown()
        return ContinuousClock.now - started
    }

    @Test func threeHundredSilentConnectionsLeaveRoomForARealRequestAndAreClosedAfterTheHeaderTimeout() async throws {
        let configure: (inout EmulatorConfiguration) -> Void = {
            $0.connectionLimits = ConnectionLimits(idleTimeout: .seconds(1))
        }
        try await withLiveEmulator(configure) { emulator in
            let silent = try (0..<300).map { _ in try SilentConnection(port: emulator.port) }
            #expect(try await Self.normalRequestSucceeds(emulator) < .seconds(3))
            #expect(await silent[0].closedByServer(within: 4))
            #expect(await silent[299].closedByServer(within: 2))
        }
    }

    @Test func connectionsOverTheCapAreClosedAtOnce() async throws {
        let configure: (inout EmulatorConfiguration) -> Void = {
            $0.connectionLimits = ConnectionLimits(idleTimeout: .seconds(30), maximumConnections: 20)

        }
        try await withLiveEmulator(configure) { emulator in
            var connections = try (0..<30).map { _ in try SilentConnection(port: emulator.port) }
            // Which ten are closed depends on the order the server accepted them in; that ten are, does not.
            let closingDeadline = ContinuousClock.now + .seconds(60)
            var closed: Set<Int> = []
            while closed.count < 10, ContinuousClock.now < closingDeadline {
                for (index, connection) in connections.enumerated() where !closed.contains(index) {
                    if await connection.closedByServer(within: 0) { closed.insert(index) }
                }
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(closed.count == 10, "\(closed.sorted())")
            // The twenty within the cap stay open. Ten over a cap of twenty means the server has accepted all
            // thirty and decided on each, so there is nothing left to wait for before looking.
            var stillOpen = 0
            for (index, connection) in connections.enumerated() where !closed.contains(index) {
                if await !connection.closedByServer(within: 0) { stillOpen += 1 }
            }
            #expect(stillOpen == 20)
            // Closing the silent ones makes room again.
            connections.removeAll()
            let deadline = ContinuousClock.now + .seconds(60)
            var answered = false
            while !answered, ContinuousClock.now < deadline {
                answered = (try? await Self.normalRequestSucceeds(emulator)) != nil
                if !answered { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(answered)
        }
    }
}
