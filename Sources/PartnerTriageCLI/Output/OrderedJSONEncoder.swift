/// Encodes the client's models into ``OrderedJSON`` with the service's PascalCase member names, keeping the order
/// in which `encode(to:)` writes the members (declaration order for synthesized conformances).
///
/// Foundation's `JSONEncoder` gives no control over member order or escaping, and the AWS CLI's output depends on
/// both, so JSON output goes through this encoder and ``PythonJSONWriter``.
struct OrderedJSONEncoder {
    /// Whether keys are written with their first letter upper-cased, as `PartnerCentralJSON.encoder()` does.
    var pascalCaseKeys = true

    func encode<Value: Encodable>(_ value: Value) throws -> OrderedJSON {
        let root = Node()
        let encoder = NodeEncoder(node: root, codingPath: [], pascalCaseKeys: pascalCaseKeys)
        try value.encode(to: encoder)
        return root.resolved
    }
}

// MARK: - Storage

/// A mutable slot in the tree being built; containers hand out child nodes and fill them later.
private final class Node {
    enum Content {
        case empty
        case value(OrderedJSON)
        case array([Node])
        case object([(String, Node)])
    }

    var content: Content = .empty

    var resolved: OrderedJSON {
        switch content {
        case .empty: .object([])
        case .value(let value): value
        case .array(let items): .array(items.map(\.resolved))
        case .object(let members): .object(members.map { ($0.0, $0.1.resolved) })
        }
    }

    func makeObject() {
        if case .object = content { return }
        content = .object([])
    }

    func makeArray() {
        if case .array = content { return }
        content = .array([])
    }

    /// The child for `key`, replacing an earlier value written under the same key in place.
    func child(forKey key: String) -> Node {
        makeObject()
        guard case .object(var members) = content else { return Node() }
        if let existing = members.first(where: { $0.0 == key }) { return existing.1 }
        let node = Node()
        members.append((key, node))
        content = .object(members)
        return node
    }

    func appendChild() -> Node {
        makeArray()
        guard case .array(var items) = content else { return Node() }
        let node = Node()
        items.append(node)
        content = .array(items)
        return node
    }

    var count: Int {
        switch content {
        case .array(let items): items.count
        case .object(let members): members.count
        default: 0
        }
    }
}

private struct IndexKey: CodingKey {
    var stringValue: String { String(intValue ?? 0) }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

// MARK: - Encoder

private struct NodeEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    let pascalCaseKeys: Bool
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(
            KeyedContainer<Key>(node: node, codingPath: codingPath, pascalCaseKeys: pascalCaseKeys)
        )
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath, pascalCaseKeys: pascalCaseKeys)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath, pascalCaseKeys: pascalCaseKeys)
    }
}

/// Turns a primitive or a nested `Encodable` into the node.
private func store<Value: Encodable>(_ value: Value, in node: Node, codingPath: [any CodingKey], pascalCaseKeys: Bool)
    throws
{
    switch value {
    case let text as String: node.content = .value(.string(text))
    case let flag as Bool: node.content = .value(.bool(flag))
    case let number as Int: node.content = .value(.integer(Int64(number)))
    case let number as Int64: node.content = .value(.integer(number))
    case let number as Int32: node.content = .value(.integer(Int64(number)))
    case let number as Double: node.content = .value(.number(number))
    case let number as Float: node.content = .value(.number(Double(number)))
    default:
        try value.encode(to: NodeEncoder(node: node, codingPath: codingPath, pascalCaseKeys: pascalCaseKeys))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]
    let pascalCaseKeys: Bool

    private func name(_ key: Key) -> String {
        let raw = key.stringValue
        guard pascalCaseKeys, let first = raw.first else { return raw }
        return first.uppercased() + raw.dropFirst()
    }

    mutating func encodeNil(forKey key: Key) throws { node.child(forKey: name(key)).content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try store(
            value,
            in: node.child(forKey: name(key)),
            codingPath: codingPath + [key],
            pascalCaseKeys: pascalCaseKeys
        )
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = node.child(forKey: name(key))
        child.makeObject()
        return KeyedEncodingContainer(
            KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key], pascalCaseKeys: pascalCaseKeys)
        )
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: name(key))
        child.makeArray()
        return UnkeyedContainer(node: child, codingPath: codingPath + [key], pascalCaseKeys: pascalCaseKeys)
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "Super"), codingPath: codingPath, pascalCaseKeys: pascalCaseKeys)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: name(key)), codingPath: codingPath + [key], pascalCaseKeys: pascalCaseKeys)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    let pascalCaseKeys: Bool
    var count: Int { node.count }

    mutating func encodeNil() throws { node.appendChild().content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [IndexKey(count)]
        try store(value, in: node.appendChild(), codingPath: path, pascalCaseKeys: pascalCaseKeys)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let path = codingPath + [IndexKey(count)]
        let child = node.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(
            KeyedContainer<NestedKey>(node: child, codingPath: path, pascalCaseKeys: pascalCaseKeys)
        )
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [IndexKey(count)]
        let child = node.appendChild()
        child.makeArray()
        return UnkeyedContainer(node: child, codingPath: path, pascalCaseKeys: pascalCaseKeys)
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath, pascalCaseKeys: pascalCaseKeys)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    let pascalCaseKeys: Bool

    mutating func encodeNil() throws { node.content = .value(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try store(value, in: node, codingPath: codingPath, pascalCaseKeys: pascalCaseKeys)
    }
}
