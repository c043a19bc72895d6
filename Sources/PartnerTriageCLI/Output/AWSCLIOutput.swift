import PartnerCentral

/// The `--output json` texts, byte for byte what the AWS CLI (v1, default settings) prints for the same response.
///
/// The AWS CLI prints what botocore parsed (``BotocoreOutput``: model order, unknown members dropped, timestamps
/// as the wire text), merges pages under the result key, and writes with `json.dump(indent=4,
/// ensure_ascii=False)` plus a newline. Values made in code rather than read from the wire are printed from their
/// typed form.
enum AWSCLIOutput {
    /// `aws partnercentral-selling list-engagement-invitations` with every page merged as botocore's paginator
    /// merges them: each page's rows as it parsed them (a `null` row included), under the result key.
    static func list(pages: [ListEngagementInvitationsResponse]) -> String {
        let rows = pages.flatMap { page -> [JSONValue] in
            let parsed = BotocoreOutput.parse(page.wire.value ?? page.json, operation: .listEngagementInvitations)
            return parsed.objectValue?["EngagementInvitationSummaries"]?.arrayValue ?? []
        }
        return PythonJSONWriter.pretty(.object(JSONObject([("EngagementInvitationSummaries", .array(rows))]))) + "\n"
    }

    /// The merged `list` document written a page at a time, byte for byte what ``list(pages:)`` writes, so the
    /// command line never holds more than one page.
    struct ListStream {
        /// Escape terminal controls (``PythonJSONWriter/pretty(_:indent:level:escapingTerminalControls:)``), for a
        /// terminal; off, the bytes are the AWS CLI's.
        var escapingTerminalControls = false
        /// How many rows were written.
        private(set) var rowCount = 0

        /// The text for one page's rows (those whose `Id` `including` keeps): the document's opening comes with the
        /// first row.
        mutating func page(
            _ page: ListEngagementInvitationsResponse, including: (String?) -> Bool = { _ in true }
        ) -> String {
            let parsed = BotocoreOutput.parse(page.wire.value ?? page.json, operation: .listEngagementInvitations)
            var out = ""
            for row in parsed.objectValue?["EngagementInvitationSummaries"]?.arrayValue ?? []
            where including(row.objectValue?["Id"]?.stringValue) {
                out += rowCount == 0 ? "{\n    \"EngagementInvitationSummaries\": [\n        " : ",\n        "
                out += PythonJSONWriter.pretty(row, level: 2, escapingTerminalControls: escapingTerminalControls)
                rowCount += 1
            }
            return out
        }

        /// The document's end (all of it when there were no rows), with the AWS CLI's final newline.
        func end() -> String {
            rowCount == 0 ? "{\n    \"EngagementInvitationSummaries\": []\n}\n" : "\n    ]\n}\n"
        }
    }

    /// `aws partnercentral-selling get-engagement-invitation`.
    ///
    /// - Parameter escapingTerminalControls: Write C1, bidi and format characters as `\u` escapes, for a terminal.
    static func invitation(_ invitation: EngagementInvitation, escapingTerminalControls: Bool = false) -> String {
        PythonJSONWriter.pretty(
            BotocoreOutput.parse(invitation.wire.value ?? invitation.json, operation: .getEngagementInvitation),
            escapingTerminalControls: escapingTerminalControls) + "\n"
    }
}
