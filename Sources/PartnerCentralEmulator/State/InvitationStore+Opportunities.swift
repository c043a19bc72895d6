import Foundation
import PartnerCentral

extension InvitationStore {
    // MARK: - Inspection (tests, the CLI)

    /// Every opportunity of a catalog as `GetOpportunity` would show it now, newest `LastModifiedDate` first.
    public func opportunities(catalog: String) -> [GetOpportunityResponse] {
        advanceTasks(now: now())
        return opportunityBook.all(catalog: catalog).map { GetOpportunityResponse(json: .object($0.object)) }
    }

    /// The opportunity as `GetOpportunity` would show it now, or `nil`.
    public func opportunity(id: String, catalog: String) -> GetOpportunityResponse? {
        advanceTasks(now: now())
        return opportunityBook[catalog, id].map { GetOpportunityResponse(json: .object($0.object)) }
    }

    /// The AWS summary as `GetAwsOpportunitySummary` would show it now (contacts only once shared), or `nil`.
    public func awsOpportunitySummary(id: String, catalog: String) -> GetAwsOpportunitySummaryResponse? {
        let now = self.now()
        advanceTasks(now: now)
        return opportunityBook[catalog, id]?.awsSummary(at: now).map {
            GetAwsOpportunitySummaryResponse(json: .object($0))
        }
    }

    /// Adds an opportunity as if the partner had created it (dated now unless it says otherwise); `false` when it has
    /// no `Id` or `Catalog`, or one with that id is already there.
    @discardableResult
    public func add(_ opportunity: GetOpportunityResponse, awsSummary: GetAwsOpportunitySummaryResponse? = nil) -> Bool
    {
        guard case .object(let object) = opportunity.json,
            let stored = StoredOpportunity(
                object, awsSummary: awsSummary?.json.objectValue, loadedAt: Timestamp(now())),
            !opportunityBook.contains(id: stored.id)
        else { return false }
        opportunityBook[stored.catalog, stored.id] = stored
        return true
    }

    // MARK: - Operations

    func listOpportunities(_ request: ListOpportunitiesRequest) throws(AWSJSONError) -> ListOpportunitiesResponse {
        advanceTasks(now: now())
        try requireCatalog(request.catalog)
        let query = PageToken.queryHash(
            [
                "ListOpportunities", request.catalog,
                (request.identifier ?? []).sorted().joined(separator: ","),
                (request.lifeCycleStage ?? []).map(\.rawValue).sorted().joined(separator: ","),
                (request.lifeCycleReviewStatus ?? []).map(\.rawValue).sorted().joined(separator: ","),
                (request.customerCompanyName ?? []).sorted().joined(separator: "\u{1E}"),
                request.lastModifiedDate?.afterLastModifiedDate?.text ?? "",
                request.lastModifiedDate?.beforeLastModifiedDate?.text ?? "",
                request.createdDate?.afterCreatedDate?.text ?? "", request.createdDate?.beforeCreatedDate?.text ?? "",
                request.targetCloseDate?.afterTargetCloseDate ?? "",
                request.targetCloseDate?.beforeTargetCloseDate ?? "",
                request.sort?.sortOrder.rawValue ?? "", request.sort?.sortBy.rawValue ?? "",
            ])
        let cursor = try resumeKey(request.nextToken, query: query)
        let matches = opportunityBook.matching(request, after: cursor)
        // The documented default page size.
        let page = Array(matches.prefix(request.maxResults ?? 20))
        let sortBy = request.sort?.sortBy ?? .lastModifiedDate
        let next =
            page.count < matches.count
            ? page.last.map { pageToken.make(after: OpportunityBook.key($0, by: sortBy), query: query) } : nil
        return ListOpportunitiesResponse(
            opportunitySummaries: page.map { OpportunitySummary(json: $0.summary) }, nextToken: next)
    }

    func getOpportunity(catalog: String, identifier: String) throws(AWSJSONError) -> JSONValue {
        advanceTasks(now: now())
        return .object(try storedOpportunity(catalog: catalog, identifier: identifier).object)
    }

    func assignOpportunity(_ request: AssignOpportunityRequest) throws(AWSJSONError) {
        writes.append("assign \(request.identifier)")
        let now = self.now()
        advanceTasks(now: now)
        // Every opportunity in the store is the partner's own: seeded as theirs or made when they accepted.
        var opportunity = try storedOpportunity(catalog: request.catalog, identifier: request.identifier)
        opportunity.assign(request.assignee, at: now)
        opportunityBook[request.catalog, opportunity.id] = opportunity
    }

    func awsOpportunitySummary(
        catalog: String, relatedOpportunityIdentifier identifier: String
    ) throws(AWSJSONError) -> JSONValue {
        let now = self.now()
        advanceTasks(now: now)
        let opportunity = try storedOpportunity(catalog: catalog, identifier: identifier)
        guard let summary = opportunity.awsSummary(at: now) else {
            throw .notFound("No AWS opportunity is related to opportunity \(identifier) in catalog \(catalog).")
        }
        return .object(summary)
    }

    private func storedOpportunity(catalog: String, identifier: String) throws(AWSJSONError) -> StoredOpportunity {
        try requireCatalog(catalog)
        guard let opportunity = opportunityBook[catalog, identifier] else {
            throw .notFound("Opportunity \(identifier) was not found in catalog \(catalog).")
        }
        return opportunity
    }
}
