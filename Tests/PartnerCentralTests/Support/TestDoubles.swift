import Foundation

@testable import PartnerCentral

/// A process runner that answers from a script and records the command lines it was given.
final class ScriptedProcessRunner: ProcessRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var outputs: [ProcessOutput]
    private var recorded: [[String]] = []

    init(outputs: [String] = [], status: Int32 = 0, standardError: String = "") {
        self.outputs = outputs.map {
            ProcessOutput(status: status, standardOutput: Data($0.utf8), standardError: Data(standardError.utf8))
        }
    }

    convenience init(output: String, status: Int32 = 0, standardError: String = "") {
        self.init(outputs: [output], status: status, standardError: standardError)
    }

    var calls: [[String]] { lock.withLock { recorded } }

    func run(arguments: [String], environment: [String: String]) async throws -> ProcessOutput {
        try lock.withLock {
            recorded.append(arguments)
            guard !outputs.isEmpty else { throw CocoaError(.executableNotLoadable) }
            return outputs.count == 1 ? outputs[0] : outputs.removeFirst()
        }
    }
}
