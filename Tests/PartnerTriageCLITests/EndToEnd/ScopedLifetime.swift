import PartnerCentralEmulator

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

extension RunningEmulator {
    /// Runs `body` against an emulator started with `configuration` and awaits ``stop()`` afterwards.
    static func with<Result>(
        _ configuration: EmulatorConfiguration,
        _ body: (RunningEmulator) async throws -> Result
    ) async throws -> Result {
        try await stopping(try await start(configuration), with: { await $0.stop() }, after: body)
    }
}
