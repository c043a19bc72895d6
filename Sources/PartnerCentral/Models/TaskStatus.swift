/// The state of an accept task.
public struct TaskStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let inProgress = TaskStatus(rawValue: "IN_PROGRESS")
    public static let complete = TaskStatus(rawValue: "COMPLETE")
    public static let failed = TaskStatus(rawValue: "FAILED")

    public static let knownValues: [TaskStatus] = [
        TaskStatus(rawValue: "IN_PROGRESS"),
        TaskStatus(rawValue: "COMPLETE"),
        TaskStatus(rawValue: "FAILED"),
    ]
}
