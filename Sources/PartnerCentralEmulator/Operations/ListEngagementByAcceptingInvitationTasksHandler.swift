import Hummingbird
import PartnerCentral

/// `ListEngagementByAcceptingInvitationTasks`: filtered, sorted, paged accept tasks.
enum ListEngagementByAcceptingInvitationTasksHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> Response {
        let input = try RequestDecoding.decode(
            ListEngagementByAcceptingInvitationTasksRequest.self, from: body, required: ["Catalog"])
        let output = try await store.listTasks(input)
        return try AWSJSONResponse.encoded(output)
    }
}
