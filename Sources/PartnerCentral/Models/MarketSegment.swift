/// The size class of a lead customer.
public struct MarketSegment: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let enterprise = MarketSegment(rawValue: "Enterprise")
    public static let large = MarketSegment(rawValue: "Large")
    public static let medium = MarketSegment(rawValue: "Medium")
    public static let small = MarketSegment(rawValue: "Small")
    public static let micro = MarketSegment(rawValue: "Micro")

    public static let knownValues: [MarketSegment] = [
        MarketSegment(rawValue: "Enterprise"),
        MarketSegment(rawValue: "Large"),
        MarketSegment(rawValue: "Medium"),
        MarketSegment(rawValue: "Small"),
        MarketSegment(rawValue: "Micro"),
    ]
}
