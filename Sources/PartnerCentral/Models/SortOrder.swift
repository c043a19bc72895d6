/// Ascending or descending order.
public struct SortOrder: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let ascending = SortOrder(rawValue: "ASCENDING")
    public static let descending = SortOrder(rawValue: "DESCENDING")

    public static let knownValues: [SortOrder] = [
        SortOrder(rawValue: "ASCENDING"),
        SortOrder(rawValue: "DESCENDING"),
    ]
}
