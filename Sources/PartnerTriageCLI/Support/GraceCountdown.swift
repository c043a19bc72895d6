/// The command line's grace window: a countdown on standard error before the first reject is sent, which Ctrl-C
/// (or SIGTERM, SIGHUP) ends with nothing sent.
///
/// A reject cannot be taken back once sent; these seconds are the last chance to stop one typed by mistake.
struct GraceCountdown {
    /// Whole seconds to wait; 0 returns at once.
    let seconds: Int
    let context: CommandContext

    /// How the window ended.
    enum End: Sendable, Equatable {
        /// It ran out: sending may start.
        case passed
        /// This signal ended it: nothing may be sent.
        case cancelled(by: Int32)
    }

    /// Counts down (`Rejecting 3 invitations in 5 s … 5 4 3 2 1 sending.`) and returns how the window ended.
    func wait(_ what: String) async -> End {
        guard seconds > 0 else { return .passed }
        let console = context.console
        let (ends, end) = AsyncStream.makeStream(of: End.self)
        // Caught before the countdown shows, so a Ctrl-C the moment it appears cannot kill the process mid-line.
        let subscription = await context.signals.watch(UnixSignalWatching.endingSignals) {
            end.yield(.cancelled(by: $0))
        }
        defer { subscription.cancel() }
        console.writeError("\(what) in \(seconds) s; Ctrl-C cancels, and nothing is sent before then: ")
        let sleep = context.sleep
        let seconds = seconds
        let ticker = Task {
            for left in stride(from: seconds, to: 0, by: -1) {
                guard !Task.isCancelled else { return }
                console.writeError("\(left) ")
                do { try await sleep(.seconds(1)) } catch { return }
            }
            end.yield(.passed)
        }
        var iterator = ends.makeAsyncIterator()
        let first = await iterator.next() ?? .passed
        ticker.cancel()
        end.finish()
        switch first {
        case .passed: console.errorLine("sending.")
        case .cancelled: console.errorLine("")
        }
        return first
    }

    /// The one line a cancelled window ends with, e.g. `Cancelled by Ctrl-C before anything was sent; nothing was
    /// sent.`, and its exit code (128 + the signal: 130 after Ctrl-C).
    static func cancellation(by signal: Int32) -> CLIError {
        CLIError(
            message: "Cancelled by \(BulkSummary.name(of: signal)) during the grace window; nothing was sent.",
            exitCode: 128 + signal)
    }
}
