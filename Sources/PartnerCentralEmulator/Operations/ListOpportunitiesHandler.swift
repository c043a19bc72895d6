import PartnerCentral

/// `ListOpportunities`: the partner's opportunities, filtered, sorted and paged.
enum ListOpportunitiesHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(ListOpportunitiesRequest.self, from: body, required: ["Catalog"])
        return (try await store.listOpportunities(input)).json
    }
}
