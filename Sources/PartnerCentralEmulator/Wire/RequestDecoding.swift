import Foundation
import PartnerCentral

/// Reads an operation's input from an AWS JSON 1.0 body, answering as the service does when it cannot.
enum RequestDecoding {
    /// Decodes and validates a request.
    ///
    /// - Parameter required: the input's required top-level members; all missing ones are reported together.
    /// - Throws: `SerializationException` for a body that is not a JSON object or a member of the wrong JSON type,
    ///   `ValidationException` for missing members and every broken model constraint.
    static func decode<Input: Decodable & ValidatableRequest>(
        _ type: Input.Type, from body: [UInt8], required: [String]
    ) throws(AWSJSONError) -> Input {
        let data = body.isEmpty ? Data("{}".utf8) : Data(body)
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let members = object as? [String: Any]
        else {
            throw .serialization("Start of structure or map found where not expected, or the body is not JSON.")
        }
        let missing = required.filter { members[$0] == nil || members[$0] is NSNull }
        if !missing.isEmpty {
            throw .validation(
                missing.map {
                    ValidationIssue(fieldName: $0, code: .requiredFieldMissing, message: "Member '\($0)' is required.")
                })
        }
        let input: Input
        do {
            input = try PartnerCentralJSON.decoder().decode(Input.self, from: data)
        } catch DecodingError.typeMismatch(let type, let context) {
            throw .serialization(TypeMismatch.message(expected: type, at: context.codingPath, in: members))
        } catch let error as DecodingError {
            throw .validation([issue(for: error)])
        } catch {
            throw .serialization("\(error)")
        }
        let issues = input.validationIssues()
        if !issues.isEmpty { throw .validation(issues) }
        return input
    }

    static func issue(for error: DecodingError) -> ValidationIssue {
        switch error {
        case .keyNotFound(let key, let context):
            let field = SeedDecoding.path(context.codingPath + [key])
            return ValidationIssue(
                fieldName: field, code: .requiredFieldMissing, message: "Member '\(field)' is required.")
        case .valueNotFound(_, let context):
            let field = SeedDecoding.path(context.codingPath)
            return ValidationIssue(
                fieldName: field, code: .requiredFieldMissing, message: "Member '\(field)' is required.")
        case .typeMismatch(let type, let context):
            let field = SeedDecoding.path(context.codingPath)
            return ValidationIssue(
                fieldName: field, code: .invalidValue,
                message: "Value at '\(field)' must be \(SeedDecoding.describe(type)).")
        case .dataCorrupted(let context):
            let field = SeedDecoding.path(context.codingPath)
            return ValidationIssue(
                fieldName: field.isEmpty ? nil : field, code: .invalidValue, message: context.debugDescription)
        @unknown default:
            return ValidationIssue(fieldName: nil, code: .invalidValue, message: "\(error)")
        }
    }
}
