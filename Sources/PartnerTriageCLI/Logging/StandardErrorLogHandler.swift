import Logging
import TriageCore

/// A swift-log handler that writes `--debug` diagnostics to standard error, one entry per block, like `aws --debug`.
///
/// The client redacts secrets before logging; this handler only formats what it is given. Metadata values are
/// printed after the message, each on its own line, so multi-line values (a canonical request) stay readable.
/// Every line goes through `TerminalSafe.clean`, because values include response bodies from the service.
struct StandardErrorLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level
    let label: String
    let console: any Console
    let clock: @Sendable () -> String

    init(label: String, level: Logger.Level, console: any Console, clock: @escaping @Sendable () -> String) {
        self.label = label
        self.logLevel = level
        self.console = console
        self.clock = clock
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var text = "\(clock()) \(event.level) \(label): \(TerminalSafe.clean("\(event.message)", limit: .max))"
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        for key in merged.keys.sorted() {
            // Safe to force unwrap: `key` comes from the dictionary's own keys.
            let value = "\(merged[key]!)"
            let name = TerminalSafe.clean(key)
            text +=
                value.contains("\n")
                ? "\n  \(name):\n\(indented(value))" : "\n  \(name): \(TerminalSafe.clean(value, limit: .max))"
        }
        console.writeError(text + "\n")
    }

    private func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "    " + TerminalSafe.clean(String($0), limit: .max) }.joined(separator: "\n")
    }
}
