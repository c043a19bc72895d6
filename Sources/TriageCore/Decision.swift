import PartnerCentral

/// What the user decided to do with one or more invitations.
public enum Decision: Hashable, Sendable {
    /// Reject with one of the documented reasons.
    case reject(RejectionReason)
    /// Accept (start the engagement by accepting the invitation).
    case accept

    /// `Rejecting` / `Accepting`, for the progress line.
    public var progressVerb: String {
        switch self {
        case .reject: "Rejecting"
        case .accept: "Accepting"
        }
    }

    /// `Rejected` / `Accepted`, for results.
    public var pastVerb: String {
        switch self {
        case .reject: "Rejected"
        case .accept: "Accepted"
        }
    }
}

/// One invitation a decision applies to, with the cleaned text the confirmation and progress show.
public struct DecisionTarget: Hashable, Sendable {
    /// The id exactly as sent (for requests).
    public var id: String
    /// The id to draw.
    public var idLabel: String
    /// The cleaned title.
    public var title: String
    /// The cleaned sender.
    public var sender: String

    /// Creates a target from a list row.
    public init(row: InvitationRow) {
        self.id = row.id
        self.idLabel = row.idLabel
        self.title = row.title
        self.sender = row.sender
    }

    /// Creates a target from its parts.
    public init(id: String, idLabel: String, title: String, sender: String) {
        self.id = id
        self.idLabel = idLabel
        self.title = title
        self.sender = sender
    }
}
