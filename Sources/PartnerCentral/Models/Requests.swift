// MARK: - ListEngagementInvitations

/// The input of `ListEngagementInvitations`.
public struct ListEngagementInvitationsRequest: Codable, Hashable, Sendable {
    public var catalog: String
    public var maxResults: Int?
    public var nextToken: String?
    public var sort: OpportunityEngagementInvitationSort?
    public var payloadType: [EngagementInvitationPayloadType]?
    public var participantType: ParticipantType
    public var status: [InvitationStatus]?
    public var engagementIdentifier: [String]?
    public var senderAwsAccountId: [String]?

    /// Creates a list request; the receiver's view (`RECEIVER`) is the default, as partners triage what they got.
    public init(
        catalog: String, maxResults: Int? = nil, nextToken: String? = nil,
        sort: OpportunityEngagementInvitationSort? = nil, payloadType: [EngagementInvitationPayloadType]? = nil,
        participantType: ParticipantType = .receiver, status: [InvitationStatus]? = nil,
        engagementIdentifier: [String]? = nil, senderAwsAccountId: [String]? = nil
    ) {
        self.catalog = catalog
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.sort = sort
        self.payloadType = payloadType
        self.participantType = participantType
        self.status = status
        self.engagementIdentifier = engagementIdentifier
        self.senderAwsAccountId = senderAwsAccountId
    }
}

/// How `ListEngagementInvitations` orders its rows.
public struct OpportunityEngagementInvitationSort: Codable, Hashable, Sendable {
    public var sortOrder: SortOrder
    public var sortBy: OpportunityEngagementInvitationSortName
    /// Creates a sort.
    public init(sortOrder: SortOrder, sortBy: OpportunityEngagementInvitationSortName = .invitationDate) {
        self.sortOrder = sortOrder
        self.sortBy = sortBy
    }
}

/// The output of `ListEngagementInvitations`.
public struct ListEngagementInvitationsResponse: Codable, Hashable, Sendable {
    public var engagementInvitationSummaries: [EngagementInvitationSummary]?
    public var nextToken: String?
    /// Creates a list response.
    public init(engagementInvitationSummaries: [EngagementInvitationSummary]? = nil, nextToken: String? = nil) {
        self.engagementInvitationSummaries = engagementInvitationSummaries
        self.nextToken = nextToken
    }
}

// MARK: - GetEngagementInvitation

/// The input of `GetEngagementInvitation`.
public struct GetEngagementInvitationRequest: Codable, Hashable, Sendable {
    public var catalog: String
    public var identifier: String
    /// Creates a get request.
    public init(catalog: String, identifier: String) {
        self.catalog = catalog
        self.identifier = identifier
    }
}

/// The output of `GetEngagementInvitation` is the whole invitation.
public typealias GetEngagementInvitationResponse = EngagementInvitation

// MARK: - RejectEngagementInvitation

/// The input of `RejectEngagementInvitation`.
public struct RejectEngagementInvitationRequest: Codable, Hashable, Sendable {
    public var catalog: String
    public var identifier: String
    public var rejectionReason: String?
    /// Creates a reject request.
    public init(catalog: String, identifier: String, rejectionReason: String? = nil) {
        self.catalog = catalog
        self.identifier = identifier
        self.rejectionReason = rejectionReason
    }
}

// MARK: - AcceptEngagementInvitation

/// The input of `AcceptEngagementInvitation`.
public struct AcceptEngagementInvitationRequest: Codable, Hashable, Sendable {
    public var catalog: String
    public var identifier: String
    /// Creates an accept request.
    public init(catalog: String, identifier: String) {
        self.catalog = catalog
        self.identifier = identifier
    }
}

// MARK: - StartEngagementByAcceptingInvitationTask

/// The input of `StartEngagementByAcceptingInvitationTask`.
public struct StartEngagementByAcceptingInvitationTaskRequest: Codable, Hashable, Sendable {
    public var catalog: String
    /// Made once per intent and reused on every retry, so a retried start never starts a second task.
    public var clientToken: String
    public var identifier: String
    public var tags: [Tag]?
    /// Creates a start request.
    public init(catalog: String, clientToken: String, identifier: String, tags: [Tag]? = nil) {
        self.catalog = catalog
        self.clientToken = clientToken
        self.identifier = identifier
        self.tags = tags
    }
}

/// A key-value tag.
public struct Tag: Codable, Hashable, Sendable {
    public var key: String
    public var value: String
    /// Creates a tag.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// The output of `StartEngagementByAcceptingInvitationTask`.
public struct StartEngagementByAcceptingInvitationTaskResponse: Codable, Hashable, Sendable {
    public var taskId: String?
    public var taskArn: String?
    public var startTime: Timestamp?
    public var taskStatus: TaskStatus?
    public var message: String?
    public var reasonCode: ReasonCode?
    public var opportunityId: String?
    public var resourceSnapshotJobId: String?
    public var engagementInvitationId: String?
    /// Creates a start response.
    public init(
        taskId: String? = nil, taskArn: String? = nil, startTime: Timestamp? = nil, taskStatus: TaskStatus? = nil,
        message: String? = nil, reasonCode: ReasonCode? = nil, opportunityId: String? = nil,
        resourceSnapshotJobId: String? = nil, engagementInvitationId: String? = nil
    ) {
        self.taskId = taskId
        self.taskArn = taskArn
        self.startTime = startTime
        self.taskStatus = taskStatus
        self.message = message
        self.reasonCode = reasonCode
        self.opportunityId = opportunityId
        self.resourceSnapshotJobId = resourceSnapshotJobId
        self.engagementInvitationId = engagementInvitationId
    }
}

// MARK: - ListEngagementByAcceptingInvitationTasks

/// The input of `ListEngagementByAcceptingInvitationTasks`.
public struct ListEngagementByAcceptingInvitationTasksRequest: Codable, Hashable, Sendable {
    public var maxResults: Int?
    public var nextToken: String?
    public var sort: ListTasksSortBase?
    public var catalog: String
    public var taskStatus: [TaskStatus]?
    public var opportunityIdentifier: [String]?
    public var engagementInvitationIdentifier: [String]?
    public var taskIdentifier: [String]?
    /// Creates a task list request.
    public init(
        maxResults: Int? = nil, nextToken: String? = nil, sort: ListTasksSortBase? = nil, catalog: String,
        taskStatus: [TaskStatus]? = nil, opportunityIdentifier: [String]? = nil,
        engagementInvitationIdentifier: [String]? = nil, taskIdentifier: [String]? = nil
    ) {
        self.maxResults = maxResults
        self.nextToken = nextToken
        self.sort = sort
        self.catalog = catalog
        self.taskStatus = taskStatus
        self.opportunityIdentifier = opportunityIdentifier
        self.engagementInvitationIdentifier = engagementInvitationIdentifier
        self.taskIdentifier = taskIdentifier
    }
}

/// How tasks are ordered.
public struct ListTasksSortBase: Codable, Hashable, Sendable {
    public var sortOrder: SortOrder
    public var sortBy: ListTasksSortName
    /// Creates a task sort.
    public init(sortOrder: SortOrder, sortBy: ListTasksSortName = .startTime) {
        self.sortOrder = sortOrder
        self.sortBy = sortBy
    }
}

/// The output of `ListEngagementByAcceptingInvitationTasks`.
public struct ListEngagementByAcceptingInvitationTasksResponse: Codable, Hashable, Sendable {
    public var taskSummaries: [ListEngagementByAcceptingInvitationTaskSummary]?
    public var nextToken: String?
    /// Creates a task list response.
    public init(taskSummaries: [ListEngagementByAcceptingInvitationTaskSummary]? = nil, nextToken: String? = nil) {
        self.taskSummaries = taskSummaries
        self.nextToken = nextToken
    }
}

/// One accept task.
public typealias ListEngagementByAcceptingInvitationTaskSummary = StartEngagementByAcceptingInvitationTaskResponse
