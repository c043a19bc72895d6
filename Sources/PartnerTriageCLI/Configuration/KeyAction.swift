import TriageCore

/// A list or details action whose key the config file's `[keys]` table may change, named as the table names it.
enum KeyAction: String, CaseIterable, Sendable, Hashable {
    case reject
    case accept
    case tag
    case tagAll = "tag_all"
    case untagAll = "untag_all"
    case filter
    case status
    case type
    case sort
    case reverse
    case copyID = "copy_id"
    case copyARN = "copy_arn"
    case open
    case assign
    case reload
    case catalog
    case help
    case quit

    /// The key the core answers to for this action (TriageState+Keys); translation ends on this key.
    var defaultKey: Key {
        switch self {
        case .reject: .char("r")
        case .accept: .char("a")
        case .tag: .space
        case .tagAll: .char("T")
        case .untagAll: .char("U")
        case .filter: .char("/")
        case .status: .char("f")
        case .type: .char("t")
        case .sort: .char("s")
        case .reverse: .char("S")
        case .copyID: .char("y")
        case .copyARN: .char("Y")
        case .open: .char("o")
        case .assign: .char("A")
        case .reload: .char("R")
        case .catalog: .char("c")
        case .help: .char("?")
        case .quit: .char("q")
        }
    }

    /// Keys that keep their meaning whatever the config says (movement, the other half of `f`, the digits of the
    /// catalog picker, `Q`), so a mapping onto one of them would make two things answer one key.
    static let reservedKeys: Set<Key> = Set(
        ["j", "k", "g", "G", "h", "l", "F", "Q"].map { Key.char(Character($0)) }
            + (0...9).map { Key.char(Character(String($0))) })
}
