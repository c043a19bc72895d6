import Foundation
import Synchronization

@testable import PartnerCentral

/// A process runner that answers from a script and records the command lines it was given.
final class ScriptedProcessRunner: ProcessRunner, Sendable {
    private let state: Mutex<(outputs: [ProcessOutput], recorded: [[String]])>

    init(outputs: [String] = [], status: Int32 = 0, standardError: String = "") {
        let scripted = outputs.map {
            ProcessOutput(status: status, standardOutput: Data($0.utf8), standardError: Data(standardError.utf8))
        }
        state = Mutex((scripted, []))
    }

    convenience init(output: String, status: Int32 = 0, standardError: String = "") {
        self.init(outputs: [output], status: status, standardError: standardError)
    }

    var calls: [[String]] { state.withLock { $0.recorded } }

    func run(arguments: [String], environment: [String: String]) async throws -> ProcessOutput {
        try state.withLock { state in
            state.recorded.append(arguments)
            guard !state.outputs.isEmpty else { throw CocoaError(.executableNotLoadable) }
            return state.outputs.count == 1 ? state.outputs[0] : state.outputs.removeFirst()
        }
    }
}
