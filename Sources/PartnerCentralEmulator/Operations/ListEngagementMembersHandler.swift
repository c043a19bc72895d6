import PartnerCentral

/// `ListEngagementMembers`: the engagement's members (those the invitation names, then the partner once it has
/// accepted), paged; only a member may list them, as the API reference says.
enum ListEngagementMembersHandler {
    static func handle(_ body: [UInt8], store: InvitationStore) async throws(AWSJSONError) -> JSONValue {
        let input = try RequestDecoding.decode(
            ListEngagementMembersRequest.self, from: body, required: ["Catalog", "Identifier"])
        let (invitation, _) = try await store.engagementInvitation(catalog: input.catalog, identifier: input.identifier)
        guard invitation.status == .accepted else { throw AWSJSONError.accessDenied() }
        var members = (invitation.existingMembers ?? []).map {
            EngagementMember(companyName: $0.companyName, websiteUrl: $0.websiteUrl)
        }
        // The partner's own name is the only one the invitation gives: the receiver's alias.
        members.append(
            EngagementMember(
                companyName: invitation.receiver?.account?.alias,
                accountId: invitation.receiver?.account?.awsAccountId ?? store.accountId))
        let query = PageToken.queryHash(["ListEngagementMembers", input.catalog, input.identifier])
        let start = try await store.resumeIndex(input.nextToken, query: query)
        let pageSize = input.maxResults ?? 5
        let page = Array(members.dropFirst(start).prefix(pageSize))
        let end = start + page.count
        let next = end < members.count ? await store.indexToken(after: end - 1, query: query) : nil
        return ListEngagementMembersResponse(engagementMemberList: page, nextToken: next).json
    }
}
