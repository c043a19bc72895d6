import TriageCore

/// Service text (error messages, reasons) put on a result line through the same cleaning as the UI.
enum TerminalSafeLine {
    static func clean(_ text: String) -> String { TerminalSafe.clean(text) }
}
