import Foundation

/// The only surface through which the run loop touches a terminal; the ncurses backend implements it, tests fake it.
public protocol TerminalBackend: AnyObject {
    /// The current size.
    var size: TerminalSize { get }
    /// Waits up to `timeoutMilliseconds` for input; `nil` when nothing arrived.
    func poll(timeoutMilliseconds: Int) -> InputEvent?
    /// Makes the screen show `grid`, drawing only what changed since the last call.
    func draw(_ grid: Grid)
    /// Gives the terminal back exactly as it was found. Safe to call more than once.
    func restore()
    /// Rings the terminal bell.
    func ring()
    /// Asks the terminal to put `text` on the clipboard (OSC 52: the terminal the user sits at, even over SSH).
    func copyToClipboard(_ text: String)
}

extension TerminalBackend {
    /// A backend without a bell stays silent.
    public func ring() {}
    /// A backend without a clipboard ignores the copy.
    public func copyToClipboard(_ text: String) {}
}

/// The OSC 52 sequence that sets the clipboard to `text`: base64, so nothing in the text can reach the terminal as
/// a control sequence.
public func osc52Sequence(_ text: String) -> String {
    let payload = Data(text.utf8).base64EncodedString()
    return "\u{1B}]52;c;\(payload)\u{07}"
}
