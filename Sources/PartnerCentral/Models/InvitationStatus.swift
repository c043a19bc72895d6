/// The status of an engagement invitation.
public struct InvitationStatus: OpenEnum {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let accepted = InvitationStatus(rawValue: "ACCEPTED")
    public static let pending = InvitationStatus(rawValue: "PENDING")
    public static let rejected = InvitationStatus(rawValue: "REJECTED")
    public static let expired = InvitationStatus(rawValue: "EXPIRED")

    public static let knownValues: [InvitationStatus] = [
        InvitationStatus(rawValue: "ACCEPTED"),
        InvitationStatus(rawValue: "PENDING"),
        InvitationStatus(rawValue: "REJECTED"),
        InvitationStatus(rawValue: "EXPIRED"),
    ]
}
