import Foundation

/// Reads one member of service JSON for a typed model, as leniently as botocore: a member of another JSON type
/// is left out of the typed value (its JSON stays in the response for output), never a reason to fail.
package enum WireValue {
    /// A string member; a number is read as its literal text, since account ids and amounts are sometimes sent so.
    package static func string(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text): text
        case .number(let literal): literal
        default: nil
        }
    }

    /// An integer member; a string of digits is read too.
    package static func integer(_ value: JSONValue?) -> Int? {
        switch value {
        case .number(let literal): Int(literal) ?? Double(literal).flatMap { Int(exactly: $0) }
        case .string(let text): Int(text)
        default: nil
        }
    }

    /// A boolean member.
    package static func boolean(_ value: JSONValue?) -> Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// A floating-point member.
    package static func double(_ value: JSONValue?) -> Double? {
        switch value {
        case .number(let literal): Double(literal)
        case .string(let text): Double(text)
        default: nil
        }
    }

    /// A timestamp member: ISO 8601 text or epoch seconds, the text kept exactly as sent.
    package static func timestamp(_ value: JSONValue?) -> Timestamp? {
        switch value {
        case .string(let text): Timestamp(text: text)
        case .number(let literal): Double(literal).flatMap { Timestamp(epochSeconds: $0, text: literal) }
        default: nil
        }
    }

    /// A nested structure member, when it is an object.
    package static func object(_ value: JSONValue?) -> JSONValue? {
        if case .object = value { return value }
        return nil
    }

    /// A list member: the elements that can be read, in order; `null` and unreadable elements are skipped.
    package static func list<Element>(_ value: JSONValue?, _ element: (JSONValue) -> Element?) -> [Element]? {
        guard case .array(let items) = value else { return nil }
        return items.compactMap { $0.isNull ? nil : element($0) }
    }

    /// A map member: the entries that can be read.
    package static func map<Element>(_ value: JSONValue?, _ element: (JSONValue) -> Element?) -> [String: Element]? {
        guard case .object(let object) = value else { return nil }
        var result: [String: Element] = [:]
        for member in object where !member.value.isNull {
            if let read = element(member.value) { result[member.name] = read }
        }
        return result
    }

    /// The member of a union that this version does not know, when that is the only one set (botocore's rule).
    package static func unknownUnionMember(_ object: JSONObject, known: Set<String>) -> String? {
        let set = object.members.filter { $0.name != "__type" && !$0.value.isNull }
        guard set.count == 1, let only = set.first, !known.contains(only.name) else { return nil }
        return only.name
    }
}

extension OpenEnum {
    /// An enum member: any string, known to the model or not.
    package init?(wire value: JSONValue?) {
        guard case .string(let text) = value else { return nil }
        self.init(rawValue: text)
    }
}
