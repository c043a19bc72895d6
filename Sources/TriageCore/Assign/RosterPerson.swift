import PartnerCentral

/// A colleague an accepted opportunity can be handed to, from the config file's roster (the service has no API
/// that lists users).
public struct RosterPerson: Hashable, Sendable {
    /// The name the roster and `--to` use.
    public var name: String
    /// `Assignee.Email`.
    public var email: String
    /// `Assignee.FirstName`.
    public var firstName: String
    /// `Assignee.LastName`.
    public var lastName: String
    /// `Assignee.BusinessTitle`; AWS documents `PartnerAccountManager` for the opportunity owner.
    public var businessTitle: String
    /// `Assignee.Phone`.
    public var phone: String?

    /// Creates a person; the title defaults to the opportunity owner's.
    public init(
        name: String, email: String, firstName: String, lastName: String,
        businessTitle: String = "PartnerAccountManager", phone: String? = nil
    ) {
        self.name = name
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        self.businessTitle = businessTitle
        self.phone = phone
    }

    /// The request's `Assignee`.
    public var assignee: AssigneeContact {
        AssigneeContact(
            email: email, firstName: firstName, lastName: lastName, phone: phone, businessTitle: businessTitle)
    }

    /// `Name <email>, title`, cleaned, for menus and confirmations.
    public var label: String {
        TerminalSafe.clean("\(name) <\(email)>, \(businessTitle)")
    }
}
