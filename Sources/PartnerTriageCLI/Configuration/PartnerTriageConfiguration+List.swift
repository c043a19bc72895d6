import TriageCore

extension PartnerTriageConfiguration {
    /// The list's columns and watch interval as the config file sets them, the defaults where it is silent.
    var listSettings: ListSettings {
        ListSettings(
            columns: columns.map { names in names.compactMap { ListColumn(rawValue: $0.rawValue) } }
                ?? ListColumn.defaults,
            refreshSeconds: (refreshMinutes ?? 5) * 60, bell: bell ?? false)
    }
}
