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
}
