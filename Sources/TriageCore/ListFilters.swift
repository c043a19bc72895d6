import PartnerCentral

/// The status filter `f` cycles through; applied by the service's `Status` filter.
public enum StatusFilter: String, CaseIterable, Hashable, Sendable {
    /// Pending only (the default).
    case pending
    /// Accepted only.
    case accepted
    /// Rejected only.
    case rejected
    /// Expired only.
    case expired
    /// Every status (no service filter).
    case all

    /// The service filter value, `nil` for all.
    public var statuses: [InvitationStatus]? {
        switch self {
        case .pending: [.pending]
        case .accepted: [.accepted]
        case .rejected: [.rejected]
        case .expired: [.expired]
        case .all: nil
        }
    }

    /// The next filter in the `f` cycle.
    public var next: StatusFilter {
        let all = StatusFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]  // Safe to force unwrap: self is one of allCases.
    }

    /// The previous filter in the cycle, for `F`.
    public var previous: StatusFilter {
        let all = StatusFilter.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]  // Safe: self is one of allCases.
    }
}

/// The payload-type filter `o` cycles through; applied by the service's `PayloadType` filter.
public enum TypeFilter: String, CaseIterable, Hashable, Sendable {
    /// Opportunities and leads.
    case all
    /// Opportunity invitations only.
    case opportunities
    /// Lead invitations only.
    case leads

    /// The service filter value, `nil` for all.
    public var payloadTypes: [EngagementInvitationPayloadType]? {
        switch self {
        case .all: nil
        case .opportunities: [.opportunityInvitation]
        case .leads: [.leadInvitation]
        }
    }

    /// The next filter in the `o` cycle.
    public var next: TypeFilter {
        let all = TypeFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]  // Safe to force unwrap: self is one of allCases.
    }
}

/// What the service is asked for: everything about a list request except catalog and page token.
public struct ListQuery: Hashable, Sendable {
    /// The status filter.
    public var status: StatusFilter
    /// The payload-type filter.
    public var type: TypeFilter
    /// The service sort order (`.descending` = newest first).
    public var sortOrder: SortOrder
    /// Rows per page.
    public var pageSize: Int

    /// Creates a query; the default is pending invitations of any type, newest first.
    public init(
        status: StatusFilter = .pending, type: TypeFilter = .all, sortOrder: SortOrder = .descending,
        pageSize: Int = 50
    ) {
        self.status = status
        self.type = type
        self.sortOrder = sortOrder
        self.pageSize = pageSize
    }

    /// The `ListEngagementInvitations` request for one page of this query.
    public func request(catalog: Catalog, token: String?) -> ListEngagementInvitationsRequest {
        ListEngagementInvitationsRequest(
            catalog: catalog.rawValue, maxResults: pageSize, nextToken: token,
            sort: OpportunityEngagementInvitationSort(sortOrder: sortOrder, sortBy: .invitationDate),
            payloadType: type.payloadTypes, participantType: .receiver, status: status.statuses)
    }
}
