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

    /// `aws partnercentral-selling get-engagement-invitation`.
    static func invitation(_ invitation: EngagementInvitation) -> String {
        PythonJSONWriter.pretty(
            BotocoreOutput.parse(invitation.wire.value ?? invitation.json, operation: .getEngagementInvitation)) + "\n"
    }
}
