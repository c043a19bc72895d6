import PartnerCentral

/// What the config file and the command line choose about the list: its columns and how it watches for news.
public struct ListSettings: Hashable, Sendable {
    /// The columns, in drawing order (a narrow terminal drops some, see ``ListColumn/dropOrder``).
    public var columns: [ListColumn]
    /// Seconds between reloads in watch mode; `nil` or 0 turns watching off.
    public var refreshSeconds: Int?
    /// Ring the terminal bell when a reload brings new invitations.
    public var bell: Bool
    /// Invitation ids shown in earlier sessions, per catalog; a catalog without history marks nothing new in its
    /// first load, so a first session does not mark everything.
    public var seenBefore: [Catalog: Set<String>]

    /// Creates settings; the defaults show every column and watch every five minutes.
    public init(
        columns: [ListColumn] = ListColumn.defaults, refreshSeconds: Int? = 300, bell: Bool = false,
        seenBefore: [Catalog: Set<String>] = [:]
    ) {
        self.columns = columns.contains(.title) ? columns : [.title] + columns
        self.refreshSeconds = refreshSeconds.flatMap { $0 > 0 ? $0 : nil }
        self.bell = bell
        self.seenBefore = seenBefore
    }
}
