/// Runs `body` with `resource`, then awaits `stop` whether `body` returned or threw.
///
/// A `defer { Task { await stop() } }` lets the test finish before the stop has run, so servers and child processes
/// pile up across a suite; awaiting it here ends the resource's life inside the test that made it.
func stopping<Resource, Result>(
    _ resource: Resource,
    with stop: (Resource) async -> Void,
    after body: (Resource) async throws -> Result
) async throws -> Result {
    let result: Result
    do {
        result = try await body(resource)
    } catch {
        await stop(resource)
        throw error
    }
    await stop(resource)
    return result
}
