import PartnerCentral

/// `ListEngagementInvitations`: filtered, sorted, paged summary rows.
enum ListEngagementInvitationsHandler {
    /// The page as compact JSON text.
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> String {
        let input = try RequestDecoding.decode(
            ListEngagementInvitationsRequest.self, from: body, required: ["Catalog", "ParticipantType"])
        return try await store.list(input)
    }
}
