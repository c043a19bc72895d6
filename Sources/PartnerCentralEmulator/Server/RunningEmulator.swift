import Foundation
import Hummingbird
import Logging
import NIOCore
import PartnerCentral
import ServiceLifecycle
import Synchronization

/// An emulator serving on a socket: what `partner-triage --demo`, `partner-triage emulator` and the tests run.
///
/// ```swift
/// let emulator = try await RunningEmulator.start(EmulatorConfiguration(port: 0, seed: seed, taskDuration: 0))
/// print(emulator.endpoint)   // http://127.0.0.1:53121
/// await emulator.stop()
/// ```
/// Await ``stop()`` before dropping the value, on every path: the server keeps running until then, and a stop left to
/// an unstructured task may not have run when the caller moves on.
public final class RunningEmulator: Sendable {
    /// `http://host:port` with the port actually bound.
    public let endpoint: URL
    /// The port actually bound.
    public let port: Int
    /// The state, for inspection.
    public let store: InvitationStore
    /// The credentials the emulator accepts (the first is the one to hand to a client).
    public let credentials: [AWSCredentials]
    private let group: ServiceGroup
    private let runTask: Task<Void, Never>

    private init(
        endpoint: URL, port: Int, store: InvitationStore, credentials: [AWSCredentials], group: ServiceGroup,
        runTask: Task<Void, Never>
    ) {
        self.endpoint = endpoint
        self.port = port
        self.store = store
        self.credentials = credentials
        self.group = group
        self.runTask = runTask
    }

    /// Binds and starts serving; returns once the socket is listening.
    ///
    /// - Throws: the bind error (e.g. the port is taken), or ``RunningEmulatorError`` if the server stopped first.
    public static func start(_ configuration: EmulatorConfiguration) async throws -> RunningEmulator {
        var configuration = configuration
        if configuration.secretKey == nil { configuration.secretKey = EmulatorConfiguration.freshSecretKey() }
        let store = InvitationStore(configuration: configuration)
        let ready = ReadySignal()
        let requestedPort = configuration.port
        let app = buildEmulator(configuration, store: store) { channel in
            ready.resolve(.success(channel.localAddress?.port ?? requestedPort))
        }
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: app)], gracefulShutdownSignals: [], logger: configuration.logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(5)
        let group = ServiceGroup(configuration: groupConfiguration)
        let runTask = Task {
            do {
                try await group.run()
                ready.resolve(.failure(RunningEmulatorError.stoppedBeforeReady))
            } catch {
                ready.resolve(.failure(error))
            }
        }
        let port: Int
        do {
            port = try await ready.value()
        } catch {
            await group.triggerGracefulShutdown()
            await runTask.value
            throw error
        }
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        // safe: scheme, a host that bound, and a port number always form a URL
        let endpoint = URL(string: "http://\(host):\(port)")!
        return RunningEmulator(
            endpoint: endpoint, port: port, store: store, credentials: configuration.credentials, group: group,
            runTask: runTask)
    }

    /// Stops accepting connections, lets requests in flight finish (at most 5 s), and returns when the socket is
    /// closed. Calling it again does nothing more.
    public func stop() async {
        await group.triggerGracefulShutdown()
        await runTask.value
    }

    /// The invitation as `GetEngagementInvitation` would show it now, or `nil`.
    public func invitation(id: String, catalog: String) async -> EngagementInvitation? {
        await store.invitation(id: id, catalog: catalog)
    }
}

/// Why ``RunningEmulator/start(_:)`` failed without a bind error.
public enum RunningEmulatorError: Error, CustomStringConvertible {
    /// The server ended before it was listening.
    case stoppedBeforeReady

    public var description: String { "the emulator stopped before it was listening" }
}

/// A one-shot result that may arrive before or after someone waits for it.
private final class ReadySignal: Sendable {
    private struct State {
        var result: Result<Int, any Error>?
        var waiter: CheckedContinuation<Int, any Error>?
    }

    private let state = Mutex(State())

    func resolve(_ value: Result<Int, any Error>) {
        let waiter = state.withLock { state -> CheckedContinuation<Int, any Error>? in
            guard state.result == nil else { return nil }
            state.result = value
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(with: value)
    }

    func value() async throws -> Int {
        try await withCheckedThrowingContinuation { continuation in
            let ready = state.withLock { state -> Result<Int, any Error>? in
                if let result = state.result { return result }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(with: ready) }
        }
    }
}
