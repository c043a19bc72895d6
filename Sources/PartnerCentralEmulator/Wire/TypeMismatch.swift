import Foundation

/// The `SerializationException` message for a member of the wrong JSON type, worded as AWS JSON services word it
/// (`STRING_VALUE can not be converted to an Integer`): the service rejects such a body while deserialising it,
/// before any model validation, so it is not a `ValidationException`.
enum TypeMismatch {
    /// The message for the value found at `path` (decoded key names) in `body` when `expected` was wanted.
    static func message(expected: Any.Type, at path: [CodingKey], in body: [String: Any]) -> String {
        let found = value(at: path, in: body)
        switch found {
        case is [String: Any]:
            return "Start of structure or map found where not expected."
        case is [Any]:
            return "Start of list found where not expected"
        default:
            return "\(token(found)) can not be converted to \(describe(expected))"
        }
    }

    /// The raw JSON value at a decoding path; keys are the exact member names.
    static func value(at path: [CodingKey], in body: [String: Any]) -> Any? {
        var current: Any? = body
        for key in path {
            if let index = key.intValue {
                guard let list = current as? [Any], list.indices.contains(index) else { return nil }
                current = list[index]
            } else {
                guard let object = current as? [String: Any] else { return nil }
                current = object[key.stringValue]
            }
        }
        return current
    }

    static func token(_ value: Any?) -> String {
        switch value {
        // JSON `true`/`false` arrive as NSNumbers of C type `char`, numbers as `q` (integers) or `d`.
        case let number as NSNumber where String(cString: number.objCType) == "c":
            return number.boolValue ? "TRUE_VALUE" : "FALSE_VALUE"
        case is NSNumber:
            return "NUMBER_VALUE"
        case is String:
            return "STRING_VALUE"
        default:
            return "VALUE"
        }
    }

    static func describe(_ type: Any.Type) -> String {
        let name = "\(type)"
        if name.hasPrefix("Array") { return "a List" }
        if name.hasPrefix("Dictionary") { return "a Structure" }
        switch name {
        case "Int", "Int32", "Int64": return "an Integer"
        case "Double", "Float": return "a Double"
        case "Bool": return "a Boolean"
        default: return "a String"
        }
    }
}
