import PartnerCentralEmulator

/// Runs `body` with `resource`, then awaits `stop` whether `body` returned or threw.
///
/// A `defer { Task { await stop() } }` lets the test finish before the stop has run, so servers and child processes
/// pile up across a suite; awaiting it here ends the resource's life inside the test that made it.
public func stopping<Resource, Result>(
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
    public static func with<Result>(
        _ configuration: EmulatorConfiguration,
        _ body: (RunningEmulator) async throws -> Result
    ) async throws -> Result {
        try await stopping(try await start(configuration), with: { await $0.stop() }, after: body)
    }
}

/// Starts an emulator on a free loopback port with the demo seed and the system clock (tools that sign with the real
/// time can call it).
public func startLiveEmulator(
    _ configure: (inout EmulatorConfiguration) -> Void = { _ in }
) async throws -> RunningEmulator {
    var configuration = EmulatorConfiguration(port: 0, seed: TestSeeds.demo, taskDuration: 0)
    configure(&configuration)
    return try await RunningEmulator.start(configuration)
}

/// Runs `body` against a live emulator (see ``startLiveEmulator(_:)``) and stops it afterwards, whether `body` throws
/// or not.
@discardableResult
public func withLiveEmulator<Result>(
    _ configure: (inout EmulatorConfiguration) -> Void = { _ in }, _ body: (RunningEmulator) async throws -> Result
) async throws -> Result {
    try await stopping(try await startLiveEmulator(configure), with: { await $0.stop() }, after: body)
}
