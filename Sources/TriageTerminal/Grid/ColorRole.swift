/// A semantic colour a cell asks for; the backend maps it to a terminal colour, or ignores it without colour.
public enum ColorRole: UInt8, Sendable, Hashable, CaseIterable {
    /// The terminal's own default foreground or background.
    case standard
    /// Headings and the tool name.
    case accent
    /// Things that need attention: production catalog, expiry soon.
    case warning
    /// Failures and irreversible actions.
    case danger
    /// Successful outcomes.
    case success
    /// Secondary information.
    case muted
}
