/// The details cache entry of one invitation.
public enum DetailsEntry: Hashable, Sendable {
    /// `GetEngagementInvitation` is in flight.
    case loading
    /// Fetched and cleaned.
    case loaded(InvitationDetails)
    /// The fetch failed; the message is the client's one line, cleaned.
    case failed(String)
}
