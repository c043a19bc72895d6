/// A column of the invitation list; which ones show, and in what order, comes from the config file.
public enum ListColumn: String, CaseIterable, Hashable, Sendable {
    /// PENDING, ACCEPTED, …, or what is happening to the row; only drawn when more than one status is shown.
    case status
    /// Opportunity, Lead, Planning.
    case type
    /// The engagement title (always kept: it is what people scan).
    case title
    /// The customer company, once the details are loaded.
    case customer
    /// The company that sent the invitation.
    case sender
    /// Expected spend as a monthly amount with its currency, once the details are loaded.
    case spend
    /// Lead readiness or engagement score, once the details are loaded.
    case score
    /// The customer's country code, once the details are loaded.
    case country
    /// The invitation date.
    case invited
    /// Time left to answer.
    case expires

    /// The columns shown when the config file names none, in drawing order.
    public static let defaults: [ListColumn] = [
        .status, .type, .title, .customer, .sender, .spend, .score, .country, .invited, .expires,
    ]

    /// The order in which a narrow terminal gives columns up, first dropped first; the title is never dropped.
    public static let dropOrder: [ListColumn] = [
        .invited, .sender, .type, .country, .status, .score, .customer, .spend, .expires,
    ]

    /// The heading drawn above the column.
    public var heading: String { rawValue == "expires" ? "EXPIRES" : rawValue.uppercased() }

    /// The width of a fixed column including its one-cell gap; `nil` for the columns that share what is left.
    public var fixedWidth: Int? {
        switch self {
        case .status: 11
        case .type: 12
        case .spend: 11
        case .score: 7
        case .country: 8
        case .invited: 11
        case .expires: 9
        case .title, .customer, .sender: nil
        }
    }

    /// The narrowest a shared column is worth drawing.
    public var minimumWidth: Int {
        switch self {
        case .title: 26
        case .customer: 12
        case .sender: 12
        default: fixedWidth ?? 0
        }
    }

    /// The widest a shared column needs to be (the title takes the rest).
    public var maximumWidth: Int? {
        switch self {
        case .customer: 28
        case .sender: 24
        default: fixedWidth
        }
    }
}
