import PartnerCentral

/// Checks seed elements, stopping at the first broken rule.
///
/// The emulator keeps what it is given, so the rules are few: an element is an object; `Id` and `Catalog` are
/// present strings (the store is keyed by them) and `Id` is unique in its catalog; no member is misspelt; and every
/// member that is present has the JSON type, pattern, enum value, length or count the model gives it (see
/// ``SeedShape``). `Arn` is any string that begins `arn:` and is served exactly as given.
struct SeedValidator {
    typealias Issue = SeedShape.Issue

    private var seenIds: Set<String> = []

    /// The first issue of the element at `at`, or `nil` (and the id is then remembered).
    mutating func validate(_ element: JSONValue, at: String) -> Issue? {
        guard case .object(let object) = element else {
            return Issue(path: at, problem: "expected an object (an engagement invitation)")
        }
        if let unknown = SeedShape.element.firstUnknown(in: element, at: at) { return unknown }
        for member in ["Id", "Catalog"] where object[member] == nil || object[member] == .null {
            return Issue(path: "\(at).\(member)", problem: "required member is missing")
        }
        if let issue = SeedShape.element.firstIssue(in: element, at: at) { return issue }
        if let failure = object["EmulatorAcceptTaskFailure"]?.objectValue {
            for member in ["ReasonCode", "Message"] where failure[member] == nil {
                return Issue(path: "\(at).EmulatorAcceptTaskFailure.\(member)", problem: "required member is missing")
            }
        }
        // safe: both were just checked to be present strings
        let id = object["Id"]!.stringValue!
        let catalog = object["Catalog"]!.stringValue!
        guard seenIds.insert(EmulatorSeed.key(catalog: catalog, id: id)).inserted else {
            return Issue(path: "\(at).Id", problem: "\"\(id)\" appears twice in catalog \(catalog)")
        }
        return nil
    }
}
