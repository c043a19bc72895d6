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
