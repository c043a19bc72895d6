import Foundation
import PartnerCentral
import Testing

@testable import PartnerTriageCLI
@testable import TriageEffects

/// Captures what a command writes and feeds it scripted standard input.
final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var stdout = ""
    private var stderr = ""
    private var input: [String]

    init(input: [String] = []) { self.input = input }

    func write(_ text: String) { lock.withLock { stdout += text } }
    func writeError(_ text: String) { lock.withLock { stderr += text } }
    func readLine() -> String? {
        lock.withLock { input.isEmpty ? nil : input.removeFirst() }
    }

    var output: String { lock.withLock { stdout } }
    var errors: String { lock.withLock { stderr } }
}

/// Signals delivered by the test instead of the kernel.
final class ManualSignals: SignalWatching, @unchecked Sendable {
    private let lock = NSLock()
    private var handlers: [Int: (signals: [Int32], handler: @Sendable (Int32) -> Void)] = [:]
    private var nextID = 0

    func watch(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) -> SignalSubscription {
        let id = lock.withLock {
            nextID += 1
            handlers[nextID] = (signals, handler)
            return nextID
        }
        return SignalSubscription { [weak self] in
            guard let self else { return }
            _ = self.lock.withLock { self.handlers.removeValue(forKey: id) }
        }
    }

    func send(_ signal: Int32) {
        let targets = lock.withLock { handlers.values.filter { $0.signals.contains(signal) }.map(\.handler) }
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
final class ConnectionCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}

extension AuditLog {
    /// The outcome records: every record but the `attempting` ones written before each request is sent.
    func decisions() throws -> [AuditRecord] { try records().filter { $0.outcome != .attempting } }
}
