import PartnerCentral

/// `AcceptEngagementInvitation`: `PENDING` → `ACCEPTED`; no output.
enum AcceptEngagementInvitationHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            AcceptEngagementInvitationRequest.self, from: body, required: ["Catalog", "Identifier"])
        try await store.accept(catalog: input.catalog, identifier: input.identifier)
        return .object(JSONObject())
    }
}
