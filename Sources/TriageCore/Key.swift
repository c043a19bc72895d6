/// A key press, already decoded by the terminal backend.
///
/// Space arrives as `.char(" ")` (there is no separate case, so text entry and the tag key see the same value);
/// ``Key/space`` names it. Control chords arrive as `.ctrl("c")` with a lowercase letter.
public enum Key: Hashable, Sendable {
    /// A printable character (including space).
    case char(Character)
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Home.
    case home
    /// End.
    case end
    /// Enter or Return.
    case enter
    /// Esc (a lone escape, not the start of a sequence).
    case escape
    /// Backspace (DEL or ^H).
    case backspace
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Delete (forward).
    case delete
    /// A function key, `F1` = `.function(1)`.
    case function(Int)
    /// A control chord such as Ctrl-C (`.ctrl("c")`).
    case ctrl(Character)

    /// The space bar.
    public static let space = Key.char(" ")
    /// F5, the second reload key.
    public static let f5 = Key.function(5)
}
