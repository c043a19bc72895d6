import Foundation
import Hummingbird
import PartnerCentral

/// An error as an AWS JSON 1.0 service sends it: a status, `{"__type": ..., "message": ...}` and, for
/// `ValidationException`, `Reason` and `ErrorList`.
///
/// The envelope middleware turns every thrown `AWSJSONError` into its response and adds `x-amzn-RequestId`.
public struct AWSJSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error code, e.g. `ConflictException`; botocore reads it from `__type`.
    public var type: String
    /// The human-readable message.
    public var message: String
    /// 400 for client errors, 403 for access and signature problems, 500 for internal errors (injected faults use the
    /// statuses of the service's Smithy model: 402, 403, 404).
    public var status: HTTPResponse.Status
    /// `ValidationException.Reason`.
    public var reason: ValidationExceptionReason?
    /// `ValidationException.ErrorList`.
    public var errorList: [ValidationIssue]?
    /// `AccessDeniedException.Reason`.
    public var accessDeniedReason: AccessDeniedExceptionErrorCode?

    /// Creates an error.
    public init(
        type: String, message: String, status: HTTPResponse.Status = .badRequest,
        reason: ValidationExceptionReason? = nil, errorList: [ValidationIssue]? = nil
    ) {
        self.type = type
        self.message = message
        self.status = status
        self.reason = reason
        self.errorList = errorList
    }

    public var description: String { "\(type): \(message)" }

    /// The JSON body.
    public var body: Data {
        // Encoded by hand: `__type` and lower-case `message` are not the models' PascalCase convention.
        var object: [String: Any] = ["__type": type, "message": message]
        if let reason { object["Reason"] = reason.rawValue }
        if let accessDeniedReason { object["Reason"] = accessDeniedReason.rawValue }
        if let errorList {
            object["ErrorList"] = errorList.map { issue -> [String: Any] in
                var entry: [String: Any] = ["Code": issue.code.rawValue, "Message": issue.message]
                if let field = issue.fieldName { entry["FieldName"] = field }
                return entry
            }
        }
        // safe: the object holds only strings, arrays and dictionaries of strings
        return try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    // MARK: - The errors the emulator sends

    /// `ValidationException` listing every broken constraint.
    public static func validation(
        _ issues: [ValidationIssue], reason: ValidationExceptionReason = .requestValidationFailed
    ) -> AWSJSONError {
        let count = issues.count
        let summary =
            "\(count) validation error\(count == 1 ? "" : "s") detected: "
            + issues.map(\.message).joined(separator: "; ")
        return AWSJSONError(type: "ValidationException", message: summary, reason: reason, errorList: issues)
    }

    /// `ResourceNotFoundException`.
    public static func notFound(_ message: String) -> AWSJSONError {
        AWSJSONError(type: "ResourceNotFoundException", message: message)
    }

    /// `ConflictException`.
    public static func conflict(_ message: String) -> AWSJSONError {
        AWSJSONError(type: "ConflictException", message: message)
    }

    /// `AccessDeniedException` (403), with the model's `Reason` when given.
    public static func accessDenied(reason: AccessDeniedExceptionErrorCode? = nil) -> AWSJSONError {
        var error = AWSJSONError(
            type: "AccessDeniedException",
            message: reason == nil
                ? "User is not authorized to perform this action."
                : "Access denied: the partner account's state does not allow this operation.",
            status: .forbidden)
        error.accessDeniedReason = reason
        return error
    }

    /// `ServiceQuotaExceededException` (402, the status the service's Smithy model gives it).
    public static let serviceQuotaExceeded = AWSJSONError(
        type: "ServiceQuotaExceededException", message: "The request would exceed a service quota for this account.",
        status: HTTPResponse.Status(code: 402, reasonPhrase: "Payment Required"))

    /// `ResourceNotFoundException` (404) sent as an injected fault: the resource is there, the answer says not.
    public static let injectedNotFound = AWSJSONError(
        type: "ResourceNotFoundException", message: "The requested resource could not be found.", status: .notFound)

    /// `ThrottlingException`.
    public static let throttling = AWSJSONError(type: "ThrottlingException", message: "Rate exceeded")

    /// `InternalServerException` (500).
    public static let internalServer = AWSJSONError(
        type: "InternalServerException", message: "An internal error occurred. Retry your request.",
        status: .internalServerError)

    /// `UnknownOperationException` for an `X-Amz-Target` the service does not have.
    public static func unknownOperation(_ target: String?) -> AWSJSONError {
        AWSJSONError(
            type: "UnknownOperationException",
            message: target.map { "Unknown operation \($0)" } ?? "Missing X-Amz-Target header")
    }

    /// `SerializationException` for a body that is not JSON.
    public static func serialization(_ detail: String) -> AWSJSONError {
        AWSJSONError(type: "SerializationException", message: detail)
    }

    /// `SerializationException` (413) for a request body over the upload limit (1 MiB).
    public static let requestTooLarge = AWSJSONError(
        type: "SerializationException", message: "The request body is too large.", status: .contentTooLarge)

    /// `MissingAuthenticationTokenException` (403) for an unsigned request.
    public static let missingAuthenticationToken = AWSJSONError(
        type: "MissingAuthenticationTokenException", message: "Missing Authentication Token", status: .forbidden)

    /// `UnrecognizedClientException` (403) for an unknown access key or session token.
    public static let unrecognizedClient = AWSJSONError(
        type: "UnrecognizedClientException", message: "The security token included in the request is invalid.",
        status: .forbidden)

    /// `ExpiredTokenException` (403) for expired temporary credentials.
    public static let expiredToken = AWSJSONError(
        type: "ExpiredTokenException", message: "The security token included in the request is expired",
        status: .forbidden)

    /// `InvalidSignatureException` (403).
    public static func invalidSignature(_ message: String) -> AWSJSONError {
        AWSJSONError(type: "InvalidSignatureException", message: message, status: .forbidden)
    }

    /// `IncompleteSignatureException` (403) for an `Authorization` header that cannot be parsed.
    public static func incompleteSignature(_ message: String) -> AWSJSONError {
        AWSJSONError(type: "IncompleteSignatureException", message: message, status: .forbidden)
    }
}
