/// Waits until a condition holds, polling; the deadline is generous because it only matters when the condition
/// never holds, and a loaded machine must not turn a slow success into a failure.
func eventually(
    _ what: String = "condition", timeout: Duration = .seconds(120), _ condition: () async -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() { return }
        await Task.yield()
        try await Task.sleep(for: .milliseconds(1))
    }
    if await condition() { return }
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
