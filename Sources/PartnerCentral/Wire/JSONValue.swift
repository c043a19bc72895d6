/// A JSON value exactly as it arrived: members in wire order, numbers as their literal text.
///
/// The AWS CLI prints what Python's `json` module parsed, so keeping the text of a number and the order of members
/// lets `--output json` reproduce it byte for byte; Foundation's JSON types keep neither.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number as its JSON literal, e.g. `12`, `-0.5`, `1e21`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The members when this is an object.
    public var objectValue: JSONObject? {
        if case .object(let object) = self { return object }
        return nil
    }

    /// The elements when this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The text when this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Whether this is `null`.
    public var isNull: Bool { self == .null }
}

/// The members of a JSON object in order; a name appears once (a repeated name keeps its last value, as Python's
/// `json` module does).
public struct JSONObject: Hashable, Sendable, Sequence {
    /// The members in order.
    public private(set) var members: [(name: String, value: JSONValue)]

    /// An empty object.
    public init() { members = [] }

    /// An object with these members; a repeated name keeps its first position and its last value.
    public init(_ members: [(String, JSONValue)]) {
        self.members = []
        for (name, value) in members { self[name] = value }
    }

    /// The value of a member, `nil` when absent.
    public subscript(name: String) -> JSONValue? {
        get { members.first(where: { $0.name == name })?.value }
        set {
            if let index = members.firstIndex(where: { $0.name == name }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((name, newValue))
            }
        }
    }

    /// The member names in order.
    public var names: [String] { members.map(\.name) }

    /// The number of members.
    public var count: Int { members.count }

    /// The members in their order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: JSONValue)]> { members.makeIterator() }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for member in members {
            hasher.combine(member.name)
            hasher.combine(member.value)
        }
    }
}

/// A model value that reads itself from service JSON and writes itself back.
public protocol JSONRepresentable {
    /// Reads the value, keeping whatever members can be read.
    init(json: JSONValue)
    /// The value as service JSON, members in model order.
    var json: JSONValue { get }
}

/// The JSON a response arrived as, kept beside its typed value; it takes no part in equality or hashing, so a
/// value read from the wire equals the same value made in code.
public struct WireJSON: Hashable, Sendable {
    /// The JSON, `nil` for a value made in code.
    public let value: JSONValue?
    /// Nothing kept.
    public init() { value = nil }
    /// Keeps `value`.
    public init(_ value: JSONValue) { self.value = value }
    public static func == (lhs: WireJSON, rhs: WireJSON) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
