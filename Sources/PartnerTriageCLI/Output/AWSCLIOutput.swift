import PartnerCentral

/// The `--output json` texts, byte for byte what the AWS CLI (v1, default settings) prints for the same data.
///
/// The AWS CLI keeps timestamps as the wire text (`cli_timestamp_format` defaults to `wire`), builds each
/// structure in the service model's member order, drops absent members, merges pages under the result key, and
/// prints with `json.dump(indent=4, ensure_ascii=False)` plus a newline.
enum AWSCLIOutput {
    /// `aws partnercentral-selling list-engagement-invitations` with every page merged.
    static func list(_ summaries: [EngagementInvitationSummary]) throws -> String {
        let rows = try summaries.map { try OrderedJSONEncoder().encode($0) }
        return PythonJSONWriter.pretty(.object([("EngagementInvitationSummaries", .array(rows))])) + "\n"
    }

    /// `aws partnercentral-selling get-engagement-invitation`.
    static func invitation(_ invitation: EngagementInvitation) throws -> String {
        PythonJSONWriter.pretty(try OrderedJSONEncoder().encode(invitation)) + "\n"
    }
}
