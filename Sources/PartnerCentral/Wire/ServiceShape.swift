/// What botocore needs to know of an output shape to parse it: its kind and, for structures, members in order.
enum ServiceShape: Sendable {
    case structure(members: [(name: String, shape: String)], union: Bool)
    case list(member: String)
    case map(value: String)
    case timestamp
    case scalar
    case document
}

/// Builds what botocore's JSON parser returns for a response, which is what the AWS CLI prints: members in model
/// order, unknown members dropped, `null` members left out, an unknown union member as `SDK_UNKNOWN_MEMBER`, and
/// every scalar passed through as sent (the CLI's default timestamp format keeps the wire text).
package enum BotocoreOutput {
    /// The parsed output of `operation` for the response body `value`.
    package static func parse(_ value: JSONValue, operation: Operation) -> JSONValue {
        guard let shape = operation.outputShape else { return .object(JSONObject()) }
        return parse(value, shape: shape)
    }

    /// The parsed value of one shape.
    package static func parse(_ value: JSONValue, shape name: String) -> JSONValue {
        guard let shape = ServiceShapes.all[name] else { return value }
        switch shape {
        case .structure(let members, let union):
            guard case .object(let object) = value else { return value }
            if union, let unknown = WireValue.unknownUnionMember(object, known: Set(members.map(\.name))) {
                return .object(JSONObject([("SDK_UNKNOWN_MEMBER", .object(JSONObject([("name", .string(unknown))])))]))
            }
            var parsed: [(String, JSONValue)] = []
            for member in members {
                guard let raw = object[member.name], !raw.isNull else { continue }
                parsed.append((member.name, parse(raw, shape: member.shape)))
            }
            return .object(JSONObject(parsed))
        case .list(let member):
            guard case .array(let items) = value else { return value }
            return .array(items.map { $0.isNull ? .null : parse($0, shape: member) })
        case .map(let valueShape):
            guard case .object(let object) = value else { return value }
            return .object(
                JSONObject(
                    object.members.map { ($0.name, $0.value.isNull ? .null : parse($0.value, shape: valueShape)) }))
        case .timestamp, .scalar, .document:
            return value
        }
    }
}
