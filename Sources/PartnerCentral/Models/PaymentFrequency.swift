/// How often expected spend recurs.
public struct PaymentFrequency: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let monthly = PaymentFrequency(rawValue: "Monthly")

    public static let knownValues: [PaymentFrequency] = [
        PaymentFrequency(rawValue: "Monthly"),
    ]
}
