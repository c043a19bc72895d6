import Subprocess

/// swift-subprocess's types in the terms a shell uses, shared by `credential_process` and the tests' child processes.
extension Environment {
    /// Exactly `variables`, nothing inherited.
    package static func exactly(_ variables: [String: String]) -> Environment {
        var keyed: [Environment.Key: String] = [:]
        for (name, value) in variables { keyed[Environment.Key(stringLiteral: name)] = value }
        return .custom(keyed)
    }
}

extension TerminationStatus {
    /// The status as `$?` reports it: the exit code, or 128 plus the signal that ended the process.
    package var shellStatus: Int32 {
        switch self {
        case .exited(let code): Int32(code)
        case .signaled(let signal): 128 + Int32(signal)
        }
    }
}
