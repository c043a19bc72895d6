/// One way a request breaks the service model's constraints: the `ValidationExceptionError` shape.
public struct ValidationIssue: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The field the issue is about (`Catalog`, `Identifier`), when it is about one.
    public var fieldName: String?
    /// What is wrong, in the model's or the service's words (untrusted text).
    public var message: String
    /// The kind of issue (`REQUIRED_FIELD_MISSING`, `INVALID_STRING_FORMAT`, …).
    public var code: ValidationExceptionErrorCode
    /// Creates an issue.
    public init(fieldName: String?, code: ValidationExceptionErrorCode, message: String) {
        self.fieldName = fieldName
        self.message = message
        self.code = code
    }
    public var description: String { fieldName.map { "\($0): \(message)" } ?? message }
}

/// A request that can check itself against the service model before anything is sent.
package protocol ValidatableRequest {
    /// Every broken constraint, empty when the request is valid.
    func validationIssues() -> [ValidationIssue]
}

/// Collects issues with small helpers named after the model's constraint kinds.
struct ValidationCollector {
    var issues: [ValidationIssue] = []

    mutating func pattern(_ field: String, _ value: String?, _ pattern: ModelPattern, required: Bool = false) {
        guard let value else {
            if required { missing(field) }
            return
        }
        if !pattern.matches(value) {
            issues.append(
                ValidationIssue(
                    fieldName: field, code: .invalidStringFormat,
                    message:
                        "Value at '\(field)' failed to satisfy constraint: Member must satisfy regular expression pattern: \(pattern.source)"
                ))
        }
    }

    mutating func length(_ field: String, _ value: String?, _ bounds: ClosedRange<Int>) {
        guard let value else { return }
        let length = value.unicodeScalars.count
        guard !bounds.contains(length) else { return }
        issues.append(
            ValidationIssue(
                fieldName: field, code: .invalidStringFormat,
                message:
                    "Value at '\(field)' failed to satisfy constraint: Member must have length between \(bounds.lowerBound) and \(bounds.upperBound)"
            ))
    }

    mutating func missing(_ field: String) {
        issues.append(
            ValidationIssue(fieldName: field, code: .requiredFieldMissing, message: "Member '\(field)' is required."))
    }

    mutating func range(_ field: String, _ value: Int?, _ bounds: ClosedRange<Int>) {
        guard let value, !bounds.contains(value) else { return }
        issues.append(
            ValidationIssue(
                fieldName: field, code: .valueOutOfRange,
                message:
                    "Value \(value) at '\(field)' failed to satisfy constraint: Member must be between \(bounds.lowerBound) and \(bounds.upperBound)"
            ))
    }

    mutating func count<T>(_ field: String, _ list: [T]?, _ bounds: ClosedRange<Int>) {
        guard let list else { return }
        if list.count < bounds.lowerBound {
            issues.append(
                ValidationIssue(
                    fieldName: field, code: .notEnoughValues,
                    message: "Member '\(field)' must have at least \(bounds.lowerBound) item(s)"))
        } else if list.count > bounds.upperBound {
            issues.append(
                ValidationIssue(
                    fieldName: field, code: .tooManyValues,
                    message: "Member '\(field)' must have at most \(bounds.upperBound) item(s)"))
        }
    }

    mutating func known<E: OpenEnum>(_ field: String, _ value: E?) {
        guard let value, !value.isKnown else { return }
        let allowed = E.knownValues.map(\.rawValue).joined(separator: ", ")
        issues.append(
            ValidationIssue(
                fieldName: field, code: .invalidEnumValue,
                message:
                    "Value '\(value.rawValue)' at '\(field)' failed to satisfy constraint: Member must satisfy enum value set: [\(allowed)]"
            ))
    }
}
