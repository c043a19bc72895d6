import AsyncHTTPClient
import Benchmark
import Foundation
import PartnerCentral

#if canImport(Glibc)
    import Glibc
#endif

/// How long a call takes to say that the endpoint is wrong or silent, with the shipped retry policy and real time:
/// a refused loopback port and a DNS name under the reserved `.invalid` TLD (targets: under 2 s in all), and a
/// loopback listener that never answers with a 0.5 s attempt timeout (3 attempts plus two backoffs at jitter 0.5).
/// No traffic leaves the machine: loopback only, and `.invalid` never resolves.
func registerConnectFailureBenchmarks() {
    let metrics: [BenchmarkMetric] = [.wallClock]
    let cases: [(String, @Sendable (Int) -> String, Double, Int)] = [
        ("refused-connection-reported", { "http://127.0.0.1:\($0)" }, 30, 20),
        ("unknown-host-reported", { _ in "https://partner-triage-benchmark.invalid" }, 30, 20),
        ("silent-server-reported", { "http://127.0.0.1:\($0)" }, 0.5, 3),
    ]
    for (name, endpoint, attemptTimeout, iterations) in cases {
        Benchmark(
            name,
            configuration: .init(
                metrics: metrics, maxDuration: .seconds(60), maxIterations: iterations,
                thresholds: tolerances(for: metrics))
        ) { benchmark in
            let socket = try LoopbackSocket(listening: name == "silent-server-reported")
            let httpClient = HTTPClient(
                eventLoopGroupProvider: .singleton, configuration: PartnerCentralClient.httpClientConfiguration())
            let client = PartnerCentralClient(
                configuration: ClientConfiguration(
                    endpoint: try Endpoint(endpoint(socket.port)),
                    credentialProvider: StaticCredentialProvider(
                        AWSCredentials(accessKeyId: "AKIDBENCHMARK", secretAccessKey: "benchmark-secret")),
                    quotas: nil, attemptTimeout: attemptTimeout),
                httpClient: httpClient,
                dependencies: ClientDependencies(
                    now: { Date() }, clock: .continuous, random: { 0.5 }, makeClientToken: { "token" }))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                do {
                    _ = try await client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
                    preconditionFailure("\(name): the call succeeded")
                } catch let error as PartnerCentralError {
                    guard error.code == .transport else { preconditionFailure("\(name): \(error)") }
                }
            }
            benchmark.stopMeasurement()
            try await httpClient.shutdown()
            withExtendedLifetime(socket) {}
        }
    }
}

/// A loopback TCP port held for the benchmark: bound only (connections are refused) or listening without ever
/// reading (connections are accepted into the backlog and never answered).
final class LoopbackSocket {
    let port: Int
    private let descriptor: Int32

    struct Failed: Error {}

    init(listening: Bool) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failed() }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard bound, !listening || listen(descriptor, 64) == 0 else {
            close(descriptor)
            throw Failed()
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }
}
