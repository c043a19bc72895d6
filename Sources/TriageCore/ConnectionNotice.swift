/// What a slow request is waiting for ("no answer from HOST yet, attempt 2 of 3…"), shown in the status line until
/// the call it belongs to ends.
public struct ConnectionNotice: Hashable, Sendable {
    /// The client's number for the call, so the end of another call does not clear this one.
    public var call: Int
    /// The text, already terminal-safe.
    public var text: String

    /// Creates a notice.
    public init(call: Int, text: String) {
        self.call = call
        self.text = text
    }
}
