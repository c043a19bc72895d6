/// The field tasks are sorted by.
public struct ListTasksSortName: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let startTime = ListTasksSortName(rawValue: "StartTime")

    public static let knownValues: [ListTasksSortName] = [
        ListTasksSortName(rawValue: "StartTime"),
    ]
}
