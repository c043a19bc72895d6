import Foundation
import TriageCore

/// The one loop that joins key input, effect results, time, `triageUpdate` and drawing.
///
/// Each turn waits briefly for a key, drains every key already typed and every result posted to the mailbox,
/// feeds them to the core, hands new effects to the handler (which runs them concurrently, so the screen never
/// freezes), sends a tick about once a second and redraws when the state changed. It returns on a `.quit`
/// effect or a signal; the caller restores the terminal.
public struct TriageRunLoop {
    /// How long one poll waits for a key; bounds the latency of effect results and signals.
    public static let pollMilliseconds = 40
    /// The most keys applied before the screen is redrawn (a paste should not starve drawing).
    static let maxKeysPerTurn = 64

    private let backend: any TerminalBackend
    private let effects: any EffectHandler
    private let mailbox: Mailbox
    private let clock: @Sendable () -> Date
    private let tickInterval: TimeInterval
    private let translateKey: @Sendable (Key, TriageState) -> Key?
    private let keyLabels: @Sendable (ScreenKind, [HelpEntry]) -> [HelpEntry]

    /// Creates a loop.
    /// - Parameters:
    ///   - backend: The terminal.
    ///   - effects: Runs effects and posts their results to `mailbox`.
    ///   - mailbox: Where results and signals arrive.
    ///   - clock: The wall clock, injected by the composition root.
    ///   - tickInterval: Seconds between `.tick` messages.
    ///   - translateKey: Turns a key as pressed into the key the core knows, given the state it goes to (the config
    ///     file's remapping); `nil` drops it. The default hands every key over as pressed.
    ///   - keyLabels: Rewrites a screen's help and footer entries to the keys as remapped, to match
    ///     `translateKey`. The default draws the core's own keys.
    public init(
        backend: any TerminalBackend, effects: any EffectHandler, mailbox: Mailbox,
        clock: @escaping @Sendable () -> Date, tickInterval: TimeInterval = 1,
        translateKey: @escaping @Sendable (Key, TriageState) -> Key? = { key, _ in key },
        keyLabels: @escaping @Sendable (ScreenKind, [HelpEntry]) -> [HelpEntry] = { $1 }
    ) {
        self.backend = backend
        self.effects = effects
        self.mailbox = mailbox
        self.clock = clock
        self.tickInterval = tickInterval
        self.translateKey = translateKey
        self.keyLabels = keyLabels
    }

    /// Runs until the user quits or a signal arrives.
    ///
    /// - Parameter initial: The state at start-up (``TriageState/start()`` is called here).
    /// - Returns: How the session ended and its final state.
    public func run(_ initial: TriageState) -> RunOutcome {
        var state = initial
        var quitting = false
        func apply(_ message: TriageMessage) {
            for effect in state.update(message) {
                switch effect {
                case .quit: quitting = true
                // The terminal is this loop's: what reaches it goes through the backend, never the runner.
                case .bell: backend.ring()
                case .copyToClipboard(let text): backend.copyToClipboard(text)
                default: effects.start(effect, mailbox: mailbox)
                }
            }
        }
        let size = backend.size
        apply(.resize(cols: size.columns, rows: size.rows))
        var lastTick = clock()
        apply(.tick(now: lastTick))
        for effect in state.start() {
            effects.start(effect, mailbox: mailbox)
        }
        var drawn: TriageState?
        while true {
            if drawn != state {
                backend.draw(TriageView.render(state, keyLabels: keyLabels))
                drawn = state
                // Tell the core where the details text ends, so PgDn stops there.
                if let limit = TriageView.detailsScrollLimit(state), state.detailsMaxScroll[limit.id] != limit.maxScroll
                {
                    apply(.detailsScrollLimit(id: limit.id, maxScroll: limit.maxScroll))
                }
            }
            var input = backend.poll(timeoutMilliseconds: Self.pollMilliseconds)
            var keys = 0
            // Keys are handled at the time they were typed, not at the last tick: a confirmed reject's grace window
            // is measured from the key, and the next ticks fall on whole seconds after it, so the countdown ends
            // on a tick.
            if input != nil {
                let now = clock()
                if now > lastTick {
                    lastTick = now
                    apply(.tick(now: now))
                }
            }
            while let event = input, !quitting {
                switch event {
                case .key(let key): if let key = translateKey(key, state) { apply(.key(key)) }
                case .resize(let size): apply(.resize(cols: size.columns, rows: size.rows))
                }
                keys += 1
                input = keys < Self.maxKeysPerTurn ? backend.poll(timeoutMilliseconds: 0) : nil
            }
            for item in mailbox.drain() {
                switch item {
                case .message(let message): apply(message)
                case .signal(let number): return .signal(number, state)
                }
            }
            let now = clock()
            if now.timeIntervalSince(lastTick) >= tickInterval || now < lastTick {
                lastTick = now
                apply(.tick(now: now))
            }
            if quitting { return .quit(state) }
        }
    }
}
