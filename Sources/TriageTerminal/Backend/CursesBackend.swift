import CNCurses
import Foundation

/// The ncurses backend: the only code that touches the terminal.
///
/// It starts curses on stdin/stdout in UTF-8, raw mode without echo, keypad on, cursor hidden, a 25 ms escape
/// delay, and the terminal's default colours (or none at all without colour). ``draw(_:)`` copies only the cells
/// that changed since the previous grid. ``restore()`` ends curses, which restores the saved terminal modes, shows
/// the cursor and leaves the alternate screen.
///
/// > Note: curses is not thread-safe; create, poll, draw and restore from one thread.
public final class CursesBackend: TerminalBackend {
    private let useColor: Bool
    private var previous: Grid?
    private var ended = false
    private var pairs: [CellStyle: Int16] = [:]

    /// Why the terminal could not be started.
    public struct StartError: Error, CustomStringConvertible {
        /// One line for the user.
        public let description: String
    }

    /// Starts curses.
    ///
    /// - Parameter color: Whether to use colours (false for `--no-color`, `NO_COLOR` or a monochrome terminal).
    /// - Throws: ``StartError`` when stdin or stdout is not a terminal or curses cannot initialise it.
    public init(color: Bool) throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw StartError(description: "the interactive UI needs a terminal (stdin and stdout must be a TTY)")
        }
        // ncurses learns of resizes from SIGWINCH; a thread that inherited a blocked mask would never see one.
        var winch = sigset_t()
        sigemptyset(&winch)
        sigaddset(&winch, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &winch, nil)
        setlocale(LC_ALL, "")
        if cn_locale_is_utf8() == 0 {
            // UTF-8 everywhere: without a UTF-8 locale ncursesw would draw wide characters as escapes.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        // newterm reads $TERM itself; ask terminfo about the same name first (the launcher asks earlier as well).
        let term = getenv("TERM").map { String(cString: $0) }
        if let explanation = TerminalSupport.check(term: nil).explanation(term: term) {
            throw StartError(description: explanation)
        }
        CrashRestorer.install()
        guard cn_newterm_stdio() != nil else {
            throw StartError(description: "cannot initialise the terminal (check TERM)")
        }
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        set_escdelay(25)
        _ = curs_set(0)
        var colorOK = false
        if color, has_colors() {
            start_color()
            colorOK = true
            if use_default_colors() == ERR {
                _ = assume_default_colors(Int32(COLOR_WHITE), Int32(COLOR_BLACK))
            }
        }
        useColor = colorOK
        timeout(50)
    }

    deinit {
        restore()
    }

    public var size: TerminalSize {
        TerminalSize(columns: Int(cn_cols()), rows: Int(cn_rows()))
    }

    public func poll(timeoutMilliseconds: Int) -> InputEvent? {
        guard !ended else { return nil }
        timeout(Int32(timeoutMilliseconds))
        var value: UInt32 = 0
        let result = cn_get_wch(&value)
        if result == cn_key_code_yes() {
            if value == UInt32(cn_key_resize()) {
                previous = nil
                return .resize(size)
            }
            return KeyDecoder.decode(keyCode: value).map { .key($0) }
        }
        if result == OK {
            return KeyDecoder.decode(character: value).map { .key($0) }
        }
        return nil
    }

    public func draw(_ grid: Grid) {
        guard !ended else { return }
        let old = previous.flatMap { $0.columns == grid.columns && $0.rows == grid.rows ? $0 : nil }
        if old == nil {
            erase()
        }
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                let cell = grid[row: row, column: column]
                if cell.isContinuation { continue }
                if let old, old[row: row, column: column] == cell,
                    cell.width == 1 || old[row: row, column: column + 1] == grid[row: row, column: column + 1]
                {
                    continue
                }
                put(cell, row: row, column: column, maxColumn: grid.columns)
            }
        }
        refresh()
        previous = grid
    }

    public func ring() {
        guard !ended else { return }
        _ = beep()
    }

    public func copyToClipboard(_ text: String) {
        guard !ended else { return }
        // Straight to the terminal, between frames: curses has no call for it, and the sequence moves no cursor.
        // curses has flushed its frame by now (each draw ends in refresh), so the bytes cannot land mid-frame.
        var sequence = osc52Sequence(text)
        sequence.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDOUT_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }

    public func restore() {
        guard !ended else { return }
        ended = true
        _ = curs_set(1)
        endwin()
    }

    // MARK: - Drawing one cell

    private func put(_ cell: Cell, row: Int, column: Int, maxColumn: Int) {
        let (attributes, pair) = curses(cell.style)
        var scalars = Array(cell.text.unicodeScalars)
        if scalars.isEmpty { scalars = [" "] }
        let base = scalars[0]
        let baseWidth = cn_wcwidth(base.value)
        if cell.width == 2 {
            if baseWidth == 2 {
                // Sequences (ZWJ, skin tones, VS16) vary between terminals; their wide first scalar never does.
                putScalars([base], row: row, column: column, attributes: attributes, pair: pair)
            } else {
                // The terminal's idea of this grapheme's width is unreliable: draw it narrow plus a space.
                putScalars([baseWidth == 1 ? base : "?"], row: row, column: column, attributes: attributes, pair: pair)
                if column + 1 < maxColumn {
                    putScalars([" "], row: row, column: column + 1, attributes: attributes, pair: pair)
                }
            }
            return
        }
        guard baseWidth == 1 else {
            putScalars(["?"], row: row, column: column, attributes: attributes, pair: pair)
            return
        }
        let marks = scalars.dropFirst().filter { cn_wcwidth($0.value) == 0 }.prefix(4)
        putScalars([base] + marks, row: row, column: column, attributes: attributes, pair: pair)
    }

    private func putScalars(_ scalars: [Unicode.Scalar], row: Int, column: Int, attributes: attr_t, pair: Int16) {
        var text = scalars.map { wchar_t(bitPattern: $0.value) }
        text.append(0)
        // The bottom-right cell reports ERR because the cursor cannot advance; the cell is drawn all the same.
        _ = cn_put_cell(Int32(row), Int32(column), &text, attributes, pair)
    }

    // MARK: - Styles

    private func curses(_ style: CellStyle) -> (attr_t, Int16) {
        var attributes = cn_a_normal()
        var extra = style.attributes
        if !useColor {
            // Without colour, roles that carry meaning fall back to attributes.
            switch style.foreground {
            case .warning, .danger: extra.insert(.bold)
            case .muted: extra.insert(.dim)
            default: break
            }
            if style.background != .standard { extra.insert(.reverse) }
        }
        if extra.contains(.bold) { attributes |= cn_a_bold() }
        if extra.contains(.reverse) { attributes |= cn_a_reverse() }
        if extra.contains(.underline) { attributes |= cn_a_underline() }
        if extra.contains(.dim) { attributes |= cn_a_dim() }
        guard useColor, style.foreground != .standard || style.background != .standard else { return (attributes, 0) }
        let key = CellStyle(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return (attributes, pair) }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < cn_color_pairs() else { return (attributes, 0) }
        init_pair(number, Self.color(style.foreground), Self.color(style.background))
        pairs[key] = number
        return (attributes, number)
    }

    private static func color(_ role: ColorRole) -> Int16 {
        switch role {
        case .standard, .muted: -1
        case .accent: Int16(COLOR_CYAN)
        case .warning: Int16(COLOR_YELLOW)
        case .danger: Int16(COLOR_RED)
        case .success: Int16(COLOR_GREEN)
        }
    }
}
