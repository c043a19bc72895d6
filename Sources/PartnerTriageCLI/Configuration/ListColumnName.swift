/// A column of the invitation list, as the config file's `columns` names it.
enum ListColumnName: String, CaseIterable, Sendable, Hashable {
    case status, type, title, customer, sender, spend, score, country, invited, expires
}
