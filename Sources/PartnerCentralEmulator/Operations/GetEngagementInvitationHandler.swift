import PartnerCentral

/// `GetEngagementInvitation`: the whole invitation, by id or ARN.
enum GetEngagementInvitationHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            GetEngagementInvitationRequest.self, from: body, required: ["Catalog", "Identifier"])
        return try await store.get(catalog: input.catalog, identifier: input.identifier)
    }
}
