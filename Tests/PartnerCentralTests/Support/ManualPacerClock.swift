import Foundation

@testable import PartnerCentral

/// A clock that only moves when a test advances it; sleepers wake when their deadline has passed.
final class ManualPacerClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Double = 0
    private var sleepers: [(deadline: Double, continuation: CheckedContinuation<Void, Never>)] = []

    var now: Double { lock.withLock { current } }
    var sleeperCount: Int { lock.withLock { sleepers.count } }

    var pacerClock: PacerClock {
        PacerClock(now: { self.now }, sleep: { seconds in await self.sleep(seconds) })
    }

    func sleep(_ seconds: Double) async {
        await withCheckedContinuation { continuation in
            lock.withLock {
                let deadline = current + seconds
                if seconds <= 0 {
                    continuation.resume()
                } else {
                    sleepers.append((deadline, continuation))
                }
            }
        }
    }

    func advance(by seconds: Double) {
        let due: [CheckedContinuation<Void, Never>] = lock.withLock {
            current += seconds
            let ready = sleepers.filter { $0.deadline <= current + 1e-9 }
            sleepers.removeAll { $0.deadline <= current + 1e-9 }
            return ready.map(\.continuation)
        }
        due.forEach { $0.resume() }
    }
}

/// Waits (bounded, without fixed sleeps) until a condition holds.
func eventually(_ what: String = "condition", _ condition: () async -> Bool) async throws {
    for _ in 0..<2000 {
        if await condition() { return }
        await Task.yield()
        try await Task.sleep(for: .milliseconds(1))
    }
    throw TimedOut(what: what)
}

struct TimedOut: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting for \(what)" }
}

/// Collects values from concurrent tasks, in order.
actor Recorder<Value: Sendable> {
    private(set) var values: [Value] = []
    func append(_ value: Value) { values.append(value) }
}
