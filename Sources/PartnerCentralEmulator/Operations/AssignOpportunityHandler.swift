import PartnerCentral

/// `AssignOpportunity`: makes the assignee the opportunity's owner (its `OpportunityTeam`); no output.
enum AssignOpportunityHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            AssignOpportunityRequest.self, from: body, required: ["Catalog", "Identifier", "Assignee"])
        try await store.assignOpportunity(input)
        return .object(JSONObject())
    }
}
