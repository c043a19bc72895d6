import Foundation
import PartnerCentral
import Testing

@testable import PartnerCentralEmulator

/// Runs the AWS CLI and Python (boto3) against a live emulator, each in a clean environment.
///
/// The tools are found on `PATH`; a missing tool fails the test with a message saying how to install it (CI
/// installs both), never skips it.
struct ExternalTool {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    let path: String

    static func locate(_ name: String) throws -> ExternalTool {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return ExternalTool(path: candidate) }
        }
        Issue.record(
            "`\(name)` is not on PATH; these tests need the AWS CLI and boto3 (`pip install awscli boto3`).")
        throw ToolMissing(name: name)
    }

    struct ToolMissing: Error { var name: String }

    /// Runs the tool with only the variables given (plus PATH and a throwaway HOME), killing it after `timeout`.
    func run(
        _ arguments: [String], environment: [String: String], stdin: String? = nil, timeout: TimeInterval = 120
    ) async throws -> Output {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("emulator-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        let emptyConfig = scratch.appendingPathComponent("config")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: emptyConfig.path, contents: Data())

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": scratch.path,
            "AWS_CONFIG_FILE": emptyConfig.path,
            "AWS_SHARED_CREDENTIALS_FILE": emptyConfig.path,
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_PAGER": "",
            "AWS_EC2_METADATA_DISABLED": "true",
            "PYTHONDONTWRITEBYTECODE": "1",
        ]
        env.merge(environment) { _, new in new }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let stdin {
            let input = scratch.appendingPathComponent("in")
            _ = FileManager.default.createFile(atPath: input.path, contents: Data(stdin.utf8))
            process.standardInput = try FileHandle(forReadingFrom: input)
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        return Output(
            status: status, stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// The environment that makes a tool sign with `credentials`.
    static func credentialsEnvironment(_ credentials: AWSCredentials) -> [String: String] {
        var env = ["AWS_ACCESS_KEY_ID": credentials.accessKeyId, "AWS_SECRET_ACCESS_KEY": credentials.secretAccessKey]
        if let token = credentials.sessionToken { env["AWS_SESSION_TOKEN"] = token }
        return env
    }
}

/// Starts an emulator on a free loopback port with the demo seed and the system clock (the tools sign with it).
func startLiveEmulator(_ configure: (inout EmulatorConfiguration) -> Void = { _ in }) async throws -> RunningEmulator {
    var configuration = EmulatorConfiguration(port: 0, seed: TestSeeds.demo, taskDuration: 0)
    configure(&configuration)
    return try await RunningEmulator.start(configuration)
}

/// Runs `body` against a live emulator and stops it afterwards, whether `body` throws or not.
func withLiveEmulator(
    _ configure: (inout EmulatorConfiguration) -> Void = { _ in }, _ body: (RunningEmulator) async throws -> Void
) async throws {
    let emulator = try await startLiveEmulator(configure)
    do {
        try await body(emulator)
    } catch {
        await emulator.stop()
        throw error
    }
    await emulator.stop()
}
