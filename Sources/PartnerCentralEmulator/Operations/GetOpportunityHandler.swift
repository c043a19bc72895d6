import PartnerCentral

/// `GetOpportunity`: one of the partner's opportunities, as seeded or as made on accept.
enum GetOpportunityHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            GetOpportunityRequest.self, from: body, required: ["Catalog", "Identifier"])
        return try await store.getOpportunity(catalog: input.catalog, identifier: input.identifier)
    }
}
