import Hummingbird
import PartnerCentral

/// `ListEngagementInvitations`: filtered, sorted, paged summary rows.
enum ListEngagementInvitationsHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> Response {
        let input = try RequestDecoding.decode(
            ListEngagementInvitationsRequest.self, from: body, required: ["Catalog", "ParticipantType"])
        let output = try await store.list(input)
        return try AWSJSONResponse.encoded(output)
    }
}
