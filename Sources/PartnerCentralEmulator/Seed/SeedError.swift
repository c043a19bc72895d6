/// Why a seed file was refused: one line naming the file, the element's index and the field.
///
/// `description` reads like
/// `seed file demo.json: EngagementInvitations[12].Status: "PENDNG" is not one of ACCEPTED, PENDING, REJECTED, EXPIRED`.
public struct SeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file name (last path component) as the user gave it.
    public let file: String
    /// Where in the document, e.g. `EngagementInvitations[12].Status`; empty for the whole document.
    public let path: String
    /// What is wrong.
    public let problem: String

    /// Creates an error.
    public init(file: String, path: String, problem: String) {
        self.file = file
        self.path = path
        self.problem = problem
    }

    public var description: String {
        path.isEmpty ? "seed file \(file): \(problem)" : "seed file \(file): \(path): \(problem)"
    }
}
