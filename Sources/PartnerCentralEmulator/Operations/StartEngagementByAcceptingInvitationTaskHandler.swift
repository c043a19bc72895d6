import PartnerCentral

/// `StartEngagementByAcceptingInvitationTask`: starts (or, for a repeated `ClientToken`, returns) an accept task.
enum StartEngagementByAcceptingInvitationTaskHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            StartEngagementByAcceptingInvitationTaskRequest.self, from: body,
            required: ["Catalog", "ClientToken", "Identifier"])
        return (try await store.startAcceptTask(input)).json
    }
}
