/// A string enum from the service model that keeps values it does not know instead of failing to decode.
///
/// The service adds enum values over time (the model itself documents `MarketplaceOffer`, which is not yet in the
/// enum), so every modelled enum is a `RawRepresentable` string with the known values as static members.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
where RawValue == String {
    /// The values the service model lists, in model order.
    static var knownValues: [Self] { get }
    /// Creates a value from its wire string.
    init(rawValue: String)
}

extension OpenEnum {
    /// Whether the value is one the model lists.
    public var isKnown: Bool { Self.knownValues.contains(self) }
    public var description: String { rawValue }
    /// A member from a string literal (`"ACCEPTED"`).
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
