import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

/// Runs the AWS CLI and boto3 against a live emulator with the identity routes, in a throwaway HOME.
///
/// The tools are found through `PATH`; when one is missing the test fails with a message saying so (CI installs
/// both), rather than passing silently.
struct IdentityExternalTools {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
        }
    }

    /// The full path of an executable on `PATH`, or `nil`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Requires a tool; records a clear failure and returns `nil` when it is missing.
    static func require(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if let found = find(name) { return found }
        Issue.record(
            "\(name) is not on PATH; install it (CI does: see .ci) to cross-check the emulator's identity routes",
            sourceLocation: sourceLocation
        )
        return nil
    }

    /// A clean environment: PATH (and pyenv's variables, so shims work), a temporary HOME, no AWS settings but `extra`.
    static func environment(home: URL, extra: [String: String]) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment.filter { key, _ in
            key == "PATH" || key.hasPrefix("PYENV") || key == "LANG"
        }
        return inherited.merging(
            [
                "HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent(".aws/config").path,
                "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent(".aws/credentials").path,
                "AWS_EC2_METADATA_DISABLED": "true", "AWS_PAGER": "",
            ].merging(extra) { $1 }
        ) { $1 }
    }

    /// Runs a command to completion (at most 120 s) and returns its output.
    ///
    /// Blocking reads and waits happen on Dispatch threads, never on the Swift concurrency pool: with two cores the
    /// pool has two threads, and blocking them would starve the emulator the tool is talking to.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) async throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in
            exited.continuation.yield()
            exited.continuation.finish()
        }
        try process.run()
        async let stdout = readAll(out.fileHandleForReading)
        async let stderr = readAll(err.fileHandleForReading)
        let watchdog = Task {
            try await Task.sleep(nanoseconds: 120_000_000_000)
            if process.isRunning { process.terminate() }
        }
        let (outData, errData) = await (stdout, stderr)
        for await _ in exited.stream {}
        watchdog.cancel()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self)
        )
    }

    private static func readAll(_ handle: FileHandle) async -> Data {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: handle.readDataToEndOfFile()) }
        }
    }

    /// A temporary HOME with an empty `~/.aws`.
    static func temporaryHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent(
            "identity-tools-\(UUID().uuidString)",
            isDirectory: true
        )
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".aws/sso/cache"),
            withIntermediateDirectories: true
        )
        try Data().write(to: home.appendingPathComponent(".aws/config"))
        try Data().write(to: home.appendingPathComponent(".aws/credentials"))
        return home
    }

    /// A live emulator on 127.0.0.1 with the identity routes.
    static func startEmulator(_ configuration: IdentityConfiguration) async throws -> (RunningEmulator, IdentityService)
    {
        let identity = IdentityService(configuration: configuration, keyMaterial: Array(repeating: 3, count: 32))
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(port: 0, extensions: [identity], secretKey: Array(repeating: 5, count: 32))
        )
        return (emulator, identity)
    }
}
