import Foundation
import PartnerCentral
import TriageCore
import TriageTerminal

/// What the fuzzer feeds and what must hold for every input: no crash, no trap, and the documented invariants.
enum FuzzTarget: String, CaseIterable {
    /// Response bodies: the JSON parser, every output model's reader and botocore-style output.
    case responses
    /// The AWS shared config and credentials file parser.
    case config
    /// The terminal sanitiser: nothing a terminal acts on survives, and cleaning twice changes nothing.
    case text
    /// The key decoder: any code `get_wch` could return decodes or is ignored.
    case keys

    func run(_ bytes: [UInt8]) {
        switch self {
        case .responses: Self.responses(bytes)
        case .config: Self.config(bytes)
        case .text: Self.text(bytes)
        case .keys: Self.keys(bytes)
        }
    }

    private static func responses(_ bytes: [UInt8]) {
        guard let value = try? JSONParser.parse(bytes) else { return }
        for operation in Operation.allCases {
            let printed = PythonJSONWriter.pretty(BotocoreOutput.parse(value, operation: operation))
            check((try? JSONParser.parse(Array(printed.utf8))) != nil, "printed output must parse")
        }
        let invitation = EngagementInvitation(json: value)
        check(EngagementInvitation(json: invitation.json) == invitation, "an invitation reads back from its JSON")
        let page = ListEngagementInvitationsResponse(json: value)
        for summary in page.engagementInvitationSummaries ?? [] { _ = InvitationRow(summary: summary) }
        _ = InvitationDetails(invitation: invitation)
        _ = EngagementDetails(engagement: GetEngagementResponse(json: value))
        _ = ListEngagementByAcceptingInvitationTasksResponse(json: value)
    }

    private static func config(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? AWSConfigFileParser.parse(text, path: "fuzz")
    }

    private static func text(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let cleaned = TerminalSafe.clean(text)
        check(!cleaned.unicodeScalars.contains(where: isActive), "an active scalar survived cleaning")
        check(TerminalSafe.clean(cleaned) == cleaned, "cleaning is idempotent")
        for line in TerminalSafe.cleanLines(text) {
            check(!line.unicodeScalars.contains(where: isActive), "an active scalar survived in a line")
        }
    }

    private static func keys(_ bytes: [UInt8]) {
        var index = 0
        while index + 4 <= bytes.count {
            let code = bytes[index..<index + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            _ = KeyDecoder.decode(keyCode: code)
            _ = KeyDecoder.decode(character: code)
            index += 4
        }
    }

    /// Scalars a terminal acts on: C0, DEL, C1, bidi controls and line separators.
    static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
            || value == 0x2028 || value == 0x2029
    }

    /// A broken invariant is a finding: crash so libFuzzer (or the harness) keeps the input.
    static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzz invariant broken: \(message())") }
    }
}
