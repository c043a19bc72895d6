/// Why access was denied.
public struct AccessDeniedExceptionErrorCode: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let incompatibleBenefitAwsPartnerState = AccessDeniedExceptionErrorCode(rawValue: "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE")

    public static let knownValues: [AccessDeniedExceptionErrorCode] = [
        AccessDeniedExceptionErrorCode(rawValue: "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"),
    ]
}
