import PartnerCentral

/// `ListEngagementByAcceptingInvitationTasks`: filtered, sorted, paged accept tasks.
enum ListEngagementByAcceptingInvitationTasksHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            ListEngagementByAcceptingInvitationTasksRequest.self, from: body, required: ["Catalog"])
        return (try await store.listTasks(input)).json
    }
}
