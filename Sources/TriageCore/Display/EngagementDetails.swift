import PartnerCentral

/// What an accepted lead's engagement shows (`GetEngagement`): the lead's contacts, which AWS shares only after
/// accept and sometimes minutes later, and the customer's address. All text cleaned.
public struct EngagementDetails: Hashable, Sendable {
    /// A lead contact.
    public struct Contact: Hashable, Sendable {
        /// "First Last", or the email when no name was sent.
        public var name: String
        /// Business title, if sent.
        public var title: String?
        /// Email, if sent.
        public var email: String?
        /// Phone, if sent.
        public var phone: String?
    }

    /// The engagement id, cleaned.
    public var idLabel: String
    /// The lead's contacts, from every lead interaction that names one.
    public var contacts: [Contact]
    /// The lead's qualification status, if sent.
    public var qualificationStatus: String?
    /// The customer's address (city, region, postal code, country), if sent.
    public var address: String?

    /// Whether AWS has not shared a contact yet (it does so some time after accept).
    public var contactsPending: Bool { contacts.isEmpty }

    /// Builds the details from a `GetEngagement` response.
    public init(engagement: GetEngagementResponse) {
        let clean: (String?) -> String? = { $0.map { TerminalSafe.clean($0) }.flatMap { $0.isEmpty ? nil : $0 } }
        self.idLabel = clean(engagement.id) ?? InvitationDetails.missing
        let leads = (engagement.contexts ?? []).compactMap { $0.payload?.lead }
        self.contacts = leads.flatMap { $0.interactions ?? [] }.compactMap(\.contact).map { contact in
            let name = [contact.firstName, contact.lastName].compactMap { $0 }.joined(separator: " ")
            return Contact(
                name: TerminalSafe.clean(name.isEmpty ? (contact.email ?? InvitationDetails.missing) : name),
                title: clean(contact.businessTitle), email: clean(contact.email), phone: clean(contact.phone))
        }
        self.qualificationStatus = clean(leads.first?.qualificationStatus)
        let address = leads.first?.customer?.address
        let parts = [address?.city, address?.stateOrRegion, address?.postalCode, address?.countryCode]
            .compactMap { clean($0) }
        self.address = parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// The engagement cache entry of one accepted lead.
public enum EngagementEntry: Hashable, Sendable {
    /// `GetEngagement` is in flight.
    case loading
    /// Fetched and cleaned.
    case loaded(EngagementDetails)
    /// The fetch failed; the client's one line, cleaned.
    case failed(String)
}
