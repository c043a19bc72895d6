import AsyncHTTPClient
import Benchmark
import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Synchronization
import TriageCore
import TriageEffects

/// The background fill's promise: the details of 300 pending invitations arrive within 1.1× the read quota's floor
/// (30 s at 10 reads/s, so 33 s), and a read the user asks for meanwhile waits at most one request's latency (the
/// emulator's latency plus at most one token of the pacer).
///
/// Each run is the real thing but the terminal: the emulator on loopback with quotas enforced and a latency on every
/// response, the client with its default pacing, the UI's `EffectRunner` and `PartnerCentralTriageService`, and a
/// `TriageState` fed the runner's messages one by one, as the run loop feeds them. Two runs: the fill alone, and the
/// fill while a foreground `GetEngagementInvitation` goes every 500 ms (those reads share the quota, so that fill's
/// own floor is its reads and theirs at 10/s).
///
/// `FILL_BENCHMARK_LATENCY_MS` sets the emulator's latency (default 100).
func registerDetailsFillBenchmarks() {
    let fill = BenchmarkMetric.custom("Fill of 300 details (ms)", polarity: .prefersSmaller, useScalingFactor: false)
    let floorShare = BenchmarkMetric.custom(
        "Fill / read-quota floor (%)", polarity: .prefersSmaller, useScalingFactor: false)
    let foreground = BenchmarkMetric.custom(
        "Foreground read during fill (ms)", polarity: .prefersSmaller, useScalingFactor: false)
    let latency = Duration.milliseconds(
        Int(ProcessInfo.processInfo.environment["FILL_BENCHMARK_LATENCY_MS"] ?? "") ?? 100)

    for withForeground in [false, true] {
        let metrics: [BenchmarkMetric] = withForeground ? [fill, floorShare, foreground] : [fill, floorShare]
        Benchmark(
            withForeground
                ? "details-fill-300-pending-with-foreground-reads" : "details-fill-300-pending",
            configuration: .init(
                metrics: metrics, warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 1,
                thresholds: [fill: .init(relative: [.p90: 10.0])])
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                let run = try await DetailsFillRun.measure(
                    pending: 300, latency: latency, foregroundEvery: withForeground ? .milliseconds(500) : nil)
                // The floor: every read the run made (list pages, details, foreground reads) at 10 per second.
                let floor = Double(run.reads) / 10
                benchmark.measurement(fill, Int(run.fill * 1_000))
                benchmark.measurement(floorShare, Int((run.fill / floor * 100).rounded()))
                for read in run.foregroundReads { benchmark.measurement(foreground, Int(read * 1_000)) }
                print(run.summary(floor: floor, latency: latency))
            }
        }
    }
}

/// One fill, measured.
struct DetailsFillRun {
    /// Seconds from the first list request until every pending row had its details.
    var fill: TimeInterval
    /// Reads sent: list pages, details and foreground reads.
    var reads: Int
    /// Seconds each foreground read took, in order.
    var foregroundReads: [TimeInterval]

    /// The figures, one line.
    func summary(floor: TimeInterval, latency: Duration) -> String {
        let sorted = foregroundReads.sorted()
        let foreground =
            sorted.isEmpty
            ? ""
            : String(
                format: " · %d foreground reads: median %.0f ms, max %.0f ms", sorted.count,
                sorted[sorted.count / 2] * 1_000, sorted[sorted.count - 1] * 1_000)
        return String(
            format: "fill %.2f s for %d reads (floor %.1f s at 10/s, %.2f×; emulator latency %@)%@", fill, reads, floor,
            fill / floor, "\(latency)", foreground)
    }

    /// Starts an emulator seeded with `pending` pending invitations, opens the list as the UI does and waits until
    /// the fill has read every one, sending a foreground read of a random row every `foregroundEvery` meanwhile.
    static func measure(pending: Int, latency: Duration, foregroundEvery: Duration?) async throws -> DetailsFillRun {
        let now = Date()
        let seed = GeneratedInvitations.make(count: pending).enumerated().map { index, invitation in
            var whole = GeneratedInvitations.withDetails(invitation, index: index)
            whole.status = .pending
            whole.invitationDate = Timestamp(now.addingTimeInterval(-60 * Double(index)))
            whole.expirationDate = Timestamp(now.addingTimeInterval(10 * 86_400 - 60 * Double(index)))
            return whole
        }
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(
                port: 0, seed: EmulatorSeed(invitations: seed), rebaseSeedDates: false, enforceQuotas: true,
                latency: latency))
        let httpClient = HTTPClient(
            eventLoopGroupProvider: .singleton, configuration: PartnerCentralClient.httpClientConfiguration())
        do {
            let client = PartnerCentralClient(
                configuration: ClientConfiguration(
                    endpoint: try Endpoint(emulator.endpoint.absoluteString),
                    credentialProvider: StaticCredentialProvider(EmulatorConfiguration.demoCredentials)),
                httpClient: httpClient)
            let service = CountingService(PartnerCentralTriageService(client: client))
            let run = try await fill(
                service: service, ids: seed.compactMap(\.id), foregroundEvery: foregroundEvery)
            try await httpClient.shutdown()
            await emulator.stop()
            return run
        } catch {
            try? await httpClient.shutdown()
            await emulator.stop()
            throw error
        }
    }

    /// Drives a `TriageState` through the runner until every pending row has details.
    private static func fill(service: CountingService, ids: [String], foregroundEvery: Duration?) async throws
        -> DetailsFillRun
    {
        let runner = EffectRunner(service: service, audit: nil, clock: { Date() })
        let (messages, continuation) = AsyncStream.makeStream(of: TriageMessage.self)
        let mailbox = StreamMailbox(continuation: continuation)
        var state = TriageState(
            catalog: .sandbox, identityLabel: "benchmark", now: Date(), sessionNonce: "benchmark", cols: 160,
            rows: 48, settings: ListSettings(refreshSeconds: nil))
        let clock = ContinuousClock()
        let started = clock.now
        for effect in state.start() { runner.start(effect, mailbox: mailbox) }

        let foregroundReads = Mutex<[TimeInterval]>([])
        let reader = Task {
            guard let foregroundEvery else { return }
            var index = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: foregroundEvery)
                guard !Task.isCancelled else { return }
                let id = ids[(index * 37) % ids.count]
                index += 1
                let asked = clock.now
                _ = try? await service.getInvitation(
                    GetEngagementInvitationRequest(catalog: "Sandbox", identifier: id), priority: .foreground)
                let took = asked.duration(to: clock.now)
                foregroundReads.withLock { $0.append(took.seconds) }
            }
        }
        defer { reader.cancel() }

        for await message in messages {
            for effect in state.update(message) { runner.start(effect, mailbox: mailbox) }
            // Every row listed and the fill done: with all details there, or with reads that failed.
            if state.pendingCount == ids.count, state.detailsFillProgress == nil { break }
        }
        let fill = started.duration(to: clock.now).seconds
        reader.cancel()
        _ = await reader.value
        runner.cancelAll()
        let missing = missingDetails(state)
        guard missing == 0 else { throw FillIncomplete(missing: missing) }
        return DetailsFillRun(fill: fill, reads: service.reads, foregroundReads: foregroundReads.withLock { $0 })
    }

    /// Loaded pending rows without their details.
    private static func missingDetails(_ state: TriageState) -> Int {
        state.invitations.count { row in
            guard row.isPending else { return false }
            if case .loaded = state.details[row.id] { return false }
            return true
        }
    }
}

/// The fill ended with rows whose details could not be read (a throttled or failed read is not retried).
struct FillIncomplete: Error, CustomStringConvertible {
    var missing: Int
    var description: String { "the fill ended with \(missing) pending rows without details" }
}

/// Posts the runner's messages into a stream the loop reads.
private struct StreamMailbox: MessageSink {
    let continuation: AsyncStream<TriageMessage>.Continuation

    func post(_ message: TriageMessage) { continuation.yield(message) }
}

/// The UI's service, counting the reads it sends.
private final class CountingService: TriageService, Sendable {
    private let base: PartnerCentralTriageService
    private let count = Atomic<Int>(0)

    init(_ base: PartnerCentralTriageService) { self.base = base }

    var reads: Int { count.load(ordering: .relaxed) }

    func listPage(_ request: ListEngagementInvitationsRequest, priority: RequestPriority) async throws
        -> ListEngagementInvitationsResponse
    {
        count.add(1, ordering: .relaxed)
        return try await base.listPage(request, priority: priority)
    }

    func getInvitation(_ request: GetEngagementInvitationRequest, priority: RequestPriority) async throws
        -> EngagementInvitation
    {
        count.add(1, ordering: .relaxed)
        return try await base.getInvitation(request, priority: priority)
    }

    func waitForWriteBudget() async throws { try await base.waitForWriteBudget() }

    func reject(_ request: RejectEngagementInvitationRequest) async throws -> WriteReceipt {
        try await base.reject(request)
    }

    func startAccept(_ request: StartEngagementByAcceptingInvitationTaskRequest) async throws
        -> (StartEngagementByAcceptingInvitationTaskResponse, requestId: String?)
    {
        try await base.startAccept(request)
    }

    func acceptLead(_ request: AcceptEngagementInvitationRequest) async throws -> WriteReceipt {
        try await base.acceptLead(request)
    }

    func getEngagement(_ request: GetEngagementRequest) async throws -> GetEngagementResponse {
        try await base.getEngagement(request)
    }

    func listAcceptTasks(_ request: ListEngagementByAcceptingInvitationTasksRequest) async throws
        -> ListEngagementByAcceptingInvitationTasksResponse
    {
        try await base.listAcceptTasks(request)
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var seconds: TimeInterval {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
