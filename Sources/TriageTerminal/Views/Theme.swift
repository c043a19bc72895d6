/// The styles views draw with, in one place so the whole UI stays consistent; selection is reverse video so it
/// works on a monochrome terminal.
enum Theme {
    static let plain = CellStyle.plain
    static let toolName = CellStyle(foreground: .accent, attributes: .bold)
    static let production = CellStyle(foreground: .warning, attributes: .bold)
    static let headerText = CellStyle.plain
    static let separator = CellStyle(foreground: .muted)
    static let columnHeading = CellStyle(attributes: [.bold, .underline])
    static let selection = CellStyle(attributes: .reverse)
    static let muted = CellStyle(foreground: .muted, attributes: .dim)
    static let urgent = CellStyle(foreground: .warning, attributes: .bold)
    static let success = CellStyle(foreground: .success)
    static let danger = CellStyle(foreground: .danger, attributes: .bold)
    static let warning = CellStyle(foreground: .warning)
    static let info = CellStyle(foreground: .accent)
    static let key = CellStyle(attributes: .bold)
    static let newMark = CellStyle(foreground: .accent, attributes: .bold)
    static let label = CellStyle(foreground: .accent)
    static let title = CellStyle(attributes: .bold)
    static let dialogBorder = CellStyle(foreground: .accent, attributes: .bold)
    static let dialogDangerBorder = CellStyle(foreground: .danger, attributes: .bold)
}
