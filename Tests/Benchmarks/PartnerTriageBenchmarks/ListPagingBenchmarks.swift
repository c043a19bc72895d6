import AsyncHTTPClient
import Benchmark
import PartnerCentral
import PartnerCentralEmulator

/// The emulator's promise that 10,000 seeded invitations list and page quickly: the whole list, 100 pages of 100,
/// through the client over loopback HTTP with a signature on every request and without pacing. Target: under 2 s.
func registerListPagingBenchmarks() {
    let metrics: [BenchmarkMetric] = [.wallClock, .peakMemoryResident]
    Benchmark(
        "list-10000-invitations-over-loopback",
        configuration: .init(
            metrics: metrics, maxDuration: .seconds(30), maxIterations: 10, thresholds: tolerances(for: metrics))
    ) { benchmark, fixture in
        for _ in benchmark.scaledIterations {
            var rows = 0
            for try await page in fixture.client.engagementInvitationPages(
                ListEngagementInvitationsRequest(catalog: "Sandbox", maxResults: 100)
            ) {
                rows += page.engagementInvitationSummaries?.count ?? 0
            }
            precondition(rows == 10_000, "the list lost rows: \(rows)")
        }
    } setup: {
        try await PagingFixture.start(count: 10_000)
    } teardown: {
        await PagingFixture.current?.stop()
    }
}

/// An emulator seeded with generated invitations and a client of it, shared by a benchmark's samples.
final class PagingFixture: @unchecked Sendable {
    /// The fixture of the running benchmark, for its teardown.
    nonisolated(unsafe) static var current: PagingFixture?

    let emulator: RunningEmulator
    let httpClient: HTTPClient
    let client: PartnerCentralClient

    private init(emulator: RunningEmulator, httpClient: HTTPClient, client: PartnerCentralClient) {
        self.emulator = emulator
        self.httpClient = httpClient
        self.client = client
    }

    /// Starts the emulator on a free loopback port with `count` invitations and a client without pacing.
    static func start(count: Int) async throws -> PagingFixture {
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(
                port: 0, seed: EmulatorSeed(invitations: GeneratedInvitations.make(count: count)),
                rebaseSeedDates: false))
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: PartnerCentralClient.httpClientConfiguration())
        let client = PartnerCentralClient(
            configuration: ClientConfiguration(
                endpoint: try Endpoint(emulator.endpoint.absoluteString),
                credentialProvider: StaticCredentialProvider(EmulatorConfiguration.demoCredentials),
                quotas: nil),
            httpClient: httpClient)
        let fixture = PagingFixture(emulator: emulator, httpClient: httpClient, client: client)
        current = fixture
        return fixture
    }

    /// Shuts the client and the emulator down.
    func stop() async {
        try? await httpClient.shutdown()
        await emulator.stop()
    }
}
