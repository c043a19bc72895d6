import ArgumentParser

/// What `--grace` means wherever it is taken (the UI and `reject`): whole seconds a confirmed reject waits before
/// it is sent.
enum GraceWindowOption {
    /// The longest wait: enough to think again, short enough that a slip of the finger does not stall a script.
    static let maximumSeconds = 600
    /// The wait when a person confirmed at the terminal and `--grace` is not given.
    static let interactiveSeconds = 5

    /// Refuses a value outside 0…``maximumSeconds`` before anything is read or sent.
    static func validate(_ seconds: Int?) throws {
        guard let seconds else { return }
        guard (0...maximumSeconds).contains(seconds) else {
            throw ValidationError("--grace takes whole seconds from 0 to \(maximumSeconds); 0 sends at once.")
        }
    }
}
