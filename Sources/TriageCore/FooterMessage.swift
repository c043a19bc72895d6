import Foundation

/// A transient message in the footer.
public struct FooterMessage: Hashable, Sendable {
    /// How the message is drawn.
    public enum Severity: Hashable, Sendable {
        /// Neutral information.
        case info
        /// A decision went through.
        case success
        /// Something needs attention but nothing failed outright.
        case warning
        /// A request failed.
        case error
    }

    /// The text, already terminal-safe.
    public var text: String
    /// The colour class.
    public var severity: Severity
    /// When a `.tick` at or after this instant clears it; `nil` keeps it until replaced.
    public var expiresAt: Date?

    /// Creates a message.
    public init(text: String, severity: Severity, expiresAt: Date? = nil) {
        self.text = text
        self.severity = severity
        self.expiresAt = expiresAt
    }
}
