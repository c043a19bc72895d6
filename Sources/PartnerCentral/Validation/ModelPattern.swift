import Foundation

/// A string constraint from the service model: a regular expression that must match the whole value.
package struct ModelPattern: Sendable {
    /// The pattern as the model writes it.
    package let source: String
    private let regex: NSRegularExpression

    /// Compiles a model pattern; the model's patterns are constants, so a bad one is a programming error.
    package init(_ source: String) {
        self.source = source
        // `\A`/`\z`, not `^`/`$`: `$` also matches before a final newline, which would let "Sandbox\n" through,
        // and the service matches the whole value. The model's `$` inside lookaheads means the same end.
        let whole = source.replacingOccurrences(of: "$)", with: "\\z)")
        // safe: every pattern is a literal from the service model, covered by the validation tests
        self.regex = try! NSRegularExpression(pattern: "\\A(?:\(whole))\\z", options: [])
    }

    /// Whether the whole value matches.
    package func matches(_ value: String) -> Bool {
        let range = NSRange(value.startIndex..<value.endIndex, in: value)
        return regex.firstMatch(in: value, options: [], range: range) != nil
    }

    /// An invitation id or ARN.
    package static let invitationIdentifier = ModelPattern("(?=.{1,255}$)(arn:.*|engi-[0-9a-z]{13})")
    /// An opportunity id.
    package static let opportunityIdentifier = ModelPattern("O[0-9]{1,19}")
}
