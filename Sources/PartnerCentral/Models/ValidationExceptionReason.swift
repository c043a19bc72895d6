/// The broad reason a request failed validation.
public struct ValidationExceptionReason: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let requestValidationFailed = ValidationExceptionReason(rawValue: "REQUEST_VALIDATION_FAILED")
    public static let businessValidationFailed = ValidationExceptionReason(rawValue: "BUSINESS_VALIDATION_FAILED")

    public static let knownValues: [ValidationExceptionReason] = [
        ValidationExceptionReason(rawValue: "REQUEST_VALIDATION_FAILED"),
        ValidationExceptionReason(rawValue: "BUSINESS_VALIDATION_FAILED"),
    ]
}
