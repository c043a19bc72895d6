import Foundation
import PartnerCentral
import Synchronization
import Testing

@testable import PartnerTriageCLI
@testable import TriageEffects

/// Captures what a command writes and feeds it scripted standard input.
final class CapturingConsole: Console, Sendable {
    private let state: Mutex<(stdout: String, stderr: String, input: [String])>

    init(input: [String] = []) { state = Mutex((stdout: "", stderr: "", input: input)) }

    func write(_ text: String) { state.withLock { $0.stdout += text } }
    func writeError(_ text: String) { state.withLock { $0.stderr += text } }
    func readLine() -> String? {
        state.withLock { $0.input.isEmpty ? nil : $0.input.removeFirst() }
    }

    var output: String { state.withLock { $0.stdout } }
    var errors: String { state.withLock { $0.stderr } }
}

/// Signals delivered by the test instead of the kernel.
final class ManualSignals: SignalWatching, Sendable {
    private struct State {
        var handlers: [Int: (signals: [Int32], handler: @Sendable (Int32) -> Void)] = [:]
        var nextID = 0
    }

    private let state = Mutex(State())

    func watch(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) -> SignalSubscription {
        let id = state.withLock { state in
            state.nextID += 1
            state.handlers[state.nextID] = (signals, handler)
            return state.nextID
        }
        return SignalSubscription { [weak self] in
            guard let self else { return }
            _ = self.state.withLock { $0.handlers.removeValue(forKey: id) }
        }
    }

    func send(_ signal: Int32) {
        let targets = state.withLock { $0.handlers.values.filter { $0.signals.contains(signal) }.map(\.handler) }
        for target in targets { target(signal) }
    }
}

/// A context whose outside world is all fake; `connect` hands out `service` and counts connections.
func makeTestContext(
    console: CapturingConsole = CapturingConsole(),
    environment: [String: String] = [:],
    stdinIsTerminal: Bool = false,
    stdoutIsTerminal: Bool = false,
    signals: ManualSignals = ManualSignals(),
    service: (any TriageService)? = nil,
    connections: ConnectionCounter = ConnectionCounter(),
    files: [String: String] = [:],
    destination: AuditDestination? = nil,
    sleep: @escaping @Sendable (Duration) async throws -> Void = { _ in }
) -> CommandContext {
    CommandContext(
        environment: environment,
        console: console,
        stdinIsTerminal: stdinIsTerminal,
        stdoutIsTerminal: stdoutIsTerminal,
        now: { Date(timeIntervalSince1970: 1_767_225_600) },  // 2026-01-01T00:00:00Z
        makeClientToken: { "token-1" },
        sleep: sleep,
        readFile: { path in
            guard let text = files[path] else { throw CocoaError(.fileNoSuchFile) }
            return text
        },
        signals: signals,
        connect: { _ in
            connections.increment()
            guard let service else { throw CLIError.requestFailed("no service in this test") }
            return ServiceConnection(service: service, shutdown: {}, auditDestination: destination)
        },
        launchUI: { _ in 0 },
        startEmulator: { _ in
            EmulatorHandle(
                endpoint: "http://127.0.0.1:1",
                accessKeyId: "AKIDTEST",
                secretAccessKey: "test-secret",
                isDemoCredentials: false,
                invitationCount: 0,
                seedSource: "test",
                faultSeed: 0,
                stop: {}
            )
        }
    )
}

/// Counts how often a command connected (zero means nothing could have been sent).
final class ConnectionCounter: Sendable {
    private let value = Mutex(0)
    func increment() { value.withLock { $0 += 1 } }
    var count: Int { value.withLock { $0 } }
}

extension AuditLog {
    /// The outcome records: every record but the `attempting` ones written before each request is sent.
    func decisions() throws -> [AuditRecord] { try records().filter { $0.outcome != .attempting } }
}
