import Foundation

/// Runs `python3` (with botocore, as `.ci/run` installs it) on a thread of its own, so a test waiting for it never
/// holds one of the few threads Swift concurrency shares between all running tests.
enum Python {
    /// What the process printed and how it ended.
    struct Result: Sendable {
        var status: Int32
        var stdout: Data
    }

    /// Runs `python3 ARGUMENTS` with `input` on standard input.
    static func run(_ arguments: [String], input: Data = Data()) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                    process.arguments = ["python3"] + arguments
                    let stdin = Pipe()
                    let stdout = Pipe()
                    process.standardInput = stdin
                    process.standardOutput = stdout
                    try process.run()
                    stdin.fileHandleForWriting.write(input)
                    try stdin.fileHandleForWriting.close()
                    let data = stdout.fileHandleForReading.readDataToEndOfFile()
                    process.waitUntilExit()
                    continuation.resume(returning: Result(status: process.terminationStatus, stdout: data))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
