import PartnerCentral

/// `RejectEngagementInvitation`: `PENDING` → `REJECTED`, keeping the reason; no output.
enum RejectEngagementInvitationHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            RejectEngagementInvitationRequest.self, from: body, required: ["Catalog", "Identifier"])
        try await store.reject(catalog: input.catalog, identifier: input.identifier, reason: input.rejectionReason)
        return .object(JSONObject())
    }
}
