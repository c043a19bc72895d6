import AsyncHTTPClient
import Foundation
import Logging
import PartnerTriageTestSupport
import Synchronization

@testable import PartnerCentral

/// Credentials that count how often they were asked for (every attempt must ask again).
final class CountingCredentialProvider: CredentialProvider, Sendable {
    private let count = Mutex(0)
    let value: AWSCredentials

    init(_ value: AWSCredentials = ClientHarness.credentials) { self.value = value }

    var calls: Int { count.withLock { $0 } }

    func credentials() async throws -> AWSCredentials {
        count.withLock { $0 += 1 }
        return value
    }
}

/// A client wired to a stub server with instant, recorded sleeps, a wall clock that moves one second per reading,
/// jitter fixed at 0.5 and predictable client tokens. `followsRealTime` and `realSleeps` bring in real time where a
/// test measures it.
struct ClientHarness {
    static let credentials = AWSCredentials(
        accessKeyId: "AKIDSTUBEXAMPLE",
        secretAccessKey: "stub-secret-do-not-print",
        sessionToken: "stub-token-do-not-print"
    )

    let client: PartnerCentralClient
    let server: StubHTTPServer
    let provider: CountingCredentialProvider
    let clock: RecordingClock

    /// Runs `body` with a fresh server and client, then shuts both down.
    static func with(
        _ script: [StubHTTPServer.Reply],
        retryPolicy: RetryPolicy = .standard,
        attemptTimeout: Double = 5,
        maxResponseBytes: Int = 1024 * 1024,
        connectTimeout: Double = 2,
        endpoint: ((StubHTTPServer) -> String)? = nil,
        logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }),
        debug: Bool = false,
        followsRealTime: Bool = false,
        realSleeps: Bool = false,
        progress: CallProgressObserver? = nil,
        credentials: AWSCredentials = ClientHarness.credentials,
        _ body: (ClientHarness) async throws -> Void
    ) async throws {
        let server = try await StubHTTPServer.start(script)
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton,
            configuration: PartnerCentralClient.httpClientConfiguration(
                connectTimeout: connectTimeout,
                readTimeout: attemptTimeout
            )
        )
        let provider = CountingCredentialProvider(credentials)
        // A progress observer's watcher sleeps on this clock too: it needs sleeps that take their time.
        let clock = RecordingClock(followsRealTime: followsRealTime, realSleeps: realSleeps)
        let ticks = SharedValue(0)
        let tokens = SharedValue(0)
        let dependencies = ClientDependencies(
            now: {
                Date(
                    timeIntervalSince1970: 1_780_000_000
                        + Double(
                            ticks.withLock {
                                $0 += 1
                                return $0
                            }
                        )
                )
            },
            clock: clock,
            random: { 0.5 },
            makeClientToken: {
                let number = tokens.withLock { count in
                    count += 1
                    return count
                }
                return "client-token-\(number)"
            }
        )
        let configuration = ClientConfiguration(
            endpoint: try Endpoint(endpoint?(server) ?? server.endpoint),
            credentialProvider: provider,
            retryPolicy: retryPolicy,
            quotas: nil,
            attemptTimeout: attemptTimeout,
            maxResponseBytes: maxResponseBytes,
            debug: debug
        )
        let client = PartnerCentralClient(
            configuration: configuration,
            httpClient: httpClient,
            logger: logger,
            dependencies: dependencies,
            progress: progress
        )
        do {
            try await body(ClientHarness(client: client, server: server, provider: provider, clock: clock))
        } catch {
            try await httpClient.shutdown()
            try await server.stop()
            throw error
        }
        try await httpClient.shutdown()
        try await server.stop()
    }
}
