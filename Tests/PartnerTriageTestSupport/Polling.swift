import Testing

/// Polls `condition` every `interval` until it holds or `timeout` has passed; whether it held.
///
/// The deadlines are generous because they only matter when the condition never holds, and a loaded machine must not
/// turn a slow success into a failure. Throws only when the task is cancelled.
func poll(
    timeout: Duration = .seconds(120), every interval: Duration = .milliseconds(5), _ condition: () async -> Bool
) async throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() { return true }
        await Task.yield()
        try await Task.sleep(for: interval)
    }
    return await condition()
}

/// Waits until a condition holds, polling; throws ``TimedOut`` if it never does.
public func eventually(
    _ what: String = "condition", timeout: Duration = .seconds(120), _ condition: () async -> Bool
) async throws {
    if try await poll(timeout: timeout, every: .milliseconds(1), condition) { return }
    throw TimedOut(what: what)
}

/// Waits until a condition holds, polling; records an issue at the caller if it never does.
public func waitUntil(
    _ what: String,
    timeout: Duration = .seconds(120),
    sourceLocation: SourceLocation = #_sourceLocation,
    _ condition: () async -> Bool
) async {
    if (try? await poll(timeout: timeout, condition)) == true { return }
    Issue.record("Timed out waiting for: \(what)", sourceLocation: sourceLocation)
}

/// What ``eventually(_:timeout:_:)`` throws when the condition never held.
public struct TimedOut: Error, CustomStringConvertible {
    public let what: String
    public init(what: String) { self.what = what }
    public var description: String { "timed out waiting for \(what)" }
}
