import PartnerCentral

/// `GetAwsOpportunitySummary`: the AWS opportunity related to one of the partner's, by the partner's opportunity id.
enum GetAwsOpportunitySummaryHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            GetAwsOpportunitySummaryRequest.self, from: body, required: ["Catalog", "RelatedOpportunityIdentifier"])
        return try await store.awsOpportunitySummary(
            catalog: input.catalog, relatedOpportunityIdentifier: input.relatedOpportunityIdentifier)
    }
}
