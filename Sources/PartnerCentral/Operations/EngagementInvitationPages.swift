/// The pages of `ListEngagementInvitations` as an `AsyncSequence`: the first request, then one per `NextToken`.
///
/// Ends after a page without `NextToken`; a token the service repeats is an invalid response (it would never end).
public struct EngagementInvitationPages: AsyncSequence, Sendable {
    /// One page of the listing.
    public typealias Element = ListEngagementInvitationsResponse

    let client: PartnerCentralClient
    let request: ListEngagementInvitationsRequest
    let priority: RequestPacer.Priority

    init(client: PartnerCentralClient, request: ListEngagementInvitationsRequest, priority: RequestPacer.Priority) {
        self.client = client
        var request = request
        if request.maxResults == nil { request.maxResults = 100 }
        self.request = request
        self.priority = priority
    }

    /// Starts the listing from its first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(client: client, request: request, priority: priority)
    }

    /// Fetches one page per `next()`.
    public struct Iterator: AsyncIteratorProtocol {
        let client: PartnerCentralClient
        var request: ListEngagementInvitationsRequest
        let priority: RequestPacer.Priority
        var finished = false
        var seenTokens: Set<String> = []

        /// Fetches the next page; `nil` after the last one.
        public mutating func next() async throws -> ListEngagementInvitationsResponse? {
            guard !finished else { return nil }
            let page = try await client.listEngagementInvitations(request, priority: priority)
            guard let token = page.nextToken, !token.isEmpty else {
                finished = true
                return page
            }
            guard seenTokens.insert(token).inserted else {
                finished = true
                throw PartnerCentralError.invalidResponse(
                    ErrorContext(operation: .listEngagementInvitations, catalog: request.catalog),
                    detail: "the service returned the same NextToken twice"
                )
            }
            request.nextToken = token
            return page
        }
    }
}
