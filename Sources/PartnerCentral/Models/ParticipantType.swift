/// Whether the caller sent or received an invitation.
public struct ParticipantType: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let sender = ParticipantType(rawValue: "SENDER")
    public static let receiver = ParticipantType(rawValue: "RECEIVER")

    public static let knownValues: [ParticipantType] = [
        ParticipantType(rawValue: "SENDER"),
        ParticipantType(rawValue: "RECEIVER"),
    ]
}
