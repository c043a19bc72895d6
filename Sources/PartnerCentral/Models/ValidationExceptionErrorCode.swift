/// The code of one invalid field.
public struct ValidationExceptionErrorCode: OpenEnum {
    /// The service's code string.
    public let rawValue: String
    /// A code from its string, known to the model or not.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `REQUIRED_FIELD_MISSING`.
    public static let requiredFieldMissing = ValidationExceptionErrorCode(rawValue: "REQUIRED_FIELD_MISSING")
    /// `INVALID_ENUM_VALUE`.
    public static let invalidEnumValue = ValidationExceptionErrorCode(rawValue: "INVALID_ENUM_VALUE")
    /// `INVALID_STRING_FORMAT`.
    public static let invalidStringFormat = ValidationExceptionErrorCode(rawValue: "INVALID_STRING_FORMAT")
    /// `INVALID_VALUE`.
    public static let invalidValue = ValidationExceptionErrorCode(rawValue: "INVALID_VALUE")
    /// `NOT_ENOUGH_VALUES`.
    public static let notEnoughValues = ValidationExceptionErrorCode(rawValue: "NOT_ENOUGH_VALUES")
    /// `TOO_MANY_VALUES`.
    public static let tooManyValues = ValidationExceptionErrorCode(rawValue: "TOO_MANY_VALUES")
    /// `INVALID_RESOURCE_STATE`.
    public static let invalidResourceState = ValidationExceptionErrorCode(rawValue: "INVALID_RESOURCE_STATE")
    /// `DUPLICATE_KEY_VALUE`.
    public static let duplicateKeyValue = ValidationExceptionErrorCode(rawValue: "DUPLICATE_KEY_VALUE")
    /// `VALUE_OUT_OF_RANGE`.
    public static let valueOutOfRange = ValidationExceptionErrorCode(rawValue: "VALUE_OUT_OF_RANGE")
    /// `ACTION_NOT_PERMITTED`.
    public static let actionNotPermitted = ValidationExceptionErrorCode(rawValue: "ACTION_NOT_PERMITTED")

    /// The codes the model lists.
    public static let knownValues: [ValidationExceptionErrorCode] = [
        ValidationExceptionErrorCode(rawValue: "REQUIRED_FIELD_MISSING"),
        ValidationExceptionErrorCode(rawValue: "INVALID_ENUM_VALUE"),
        ValidationExceptionErrorCode(rawValue: "INVALID_STRING_FORMAT"),
        ValidationExceptionErrorCode(rawValue: "INVALID_VALUE"),
        ValidationExceptionErrorCode(rawValue: "NOT_ENOUGH_VALUES"),
        ValidationExceptionErrorCode(rawValue: "TOO_MANY_VALUES"),
        ValidationExceptionErrorCode(rawValue: "INVALID_RESOURCE_STATE"),
        ValidationExceptionErrorCode(rawValue: "DUPLICATE_KEY_VALUE"),
        ValidationExceptionErrorCode(rawValue: "VALUE_OUT_OF_RANGE"),
        ValidationExceptionErrorCode(rawValue: "ACTION_NOT_PERMITTED"),
    ]
}
