/// The two catalogs partners work in.
public enum Catalog: String, CaseIterable, Sendable, Hashable, Codable {
    /// Production: real customers, irreversible decisions.
    case aws = "AWS"
    /// Testing data.
    case sandbox = "Sandbox"

    /// Matches `AWS` or `Sandbox` case-insensitively.
    public init?(matching text: String) {
        guard let match = Catalog.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            return nil
        }
        self = match
    }
}
