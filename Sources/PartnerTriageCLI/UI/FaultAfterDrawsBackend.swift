// Test-only: a release build has no way to inject this fault, whatever the environment says.
#if DEBUG
    import TriageTerminal

    /// A terminal backend that traps on the terminal thread after a number of frames, as a real fault in drawing code
    /// would. Built only in debug builds (the tests run those) and used only when
    /// `PARTNER_TRIAGE_FAULT_AFTER_DRAWS` is set, so an end-to-end test can prove that a crash
    /// gives the terminal back; a signal sent from outside cannot stand in, since it may land on another thread while
    /// this one redraws.
    final class FaultAfterDrawsBackend: TerminalBackend {
        /// The environment variable that turns the fault on: the number of frames to draw first.
        static let environmentKey = "PARTNER_TRIAGE_FAULT_AFTER_DRAWS"

        private let wrapped: any TerminalBackend
        private var drawsLeft: Int

        /// Wraps `backend`; the fault comes on the draw after `draws` frames.
        init(_ backend: any TerminalBackend, draws: Int) {
            wrapped = backend
            drawsLeft = draws
        }

        /// The frame count from the environment, when it names one.
        static func draws(in environment: [String: String]) -> Int? {
            environment[environmentKey].flatMap(Int.init).map { max(0, $0) }
        }

        var size: TerminalSize { wrapped.size }

        func poll(timeoutMilliseconds: Int) -> InputEvent? { wrapped.poll(timeoutMilliseconds: timeoutMilliseconds) }

        func draw(_ grid: Grid) {
            guard drawsLeft > 0 else { fatalError("fault injected after drawing (\(Self.environmentKey))") }
            drawsLeft -= 1
            wrapped.draw(grid)
        }

        func restore() { wrapped.restore() }
    }
#endif
