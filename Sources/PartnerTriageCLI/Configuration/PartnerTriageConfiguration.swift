import PartnerCentral
import TriageCore

/// What the config file says; every member is `nil` (or standard) when the file does not set it.
struct PartnerTriageConfiguration: Sendable, Equatable {
    /// `catalog`: the catalog commands and the UI use when `--catalog` is not given.
    var catalog: Catalog?
    /// `profile`: the AWS profile when neither `--profile` nor the environment names credentials.
    var profile: String?
    /// `columns`: the list's columns, in order (checked against ``ListColumnName``).
    var columns: [ListColumnName]?
    /// `refresh_minutes`: how often watch mode reloads.
    var refreshMinutes: Int?
    /// `grace_seconds`: how long a decision can be taken back before it is sent.
    var graceSeconds: Int?
    /// `bell`: ring the terminal bell when watch mode brings new invitations.
    var bell: Bool?
    /// `[keys]`: remapped actions.
    var keys: KeyBindings = .standard
    /// `[[roster]]`: colleagues accepted opportunities can be assigned to (the service cannot list users).
    var roster: [RosterPerson] = []
    /// The file these values came from, for messages; `nil` when there was none.
    var source: String?

    /// The client options with the configured profile filled in below the flag and the environment, as the AWS CLI
    /// orders them: `--profile`, then `AWS_PROFILE` or credentials in the environment, then the config file.
    func applyingProfile(to options: ClientOptions, environment: [String: String]) -> ClientOptions {
        guard options.profile == nil, let profile else { return options }
        if !(environment["AWS_PROFILE"] ?? "").isEmpty || !(environment["AWS_ACCESS_KEY_ID"] ?? "").isEmpty {
            return options
        }
        var options = options
        options.profile = profile
        return options
    }
}
