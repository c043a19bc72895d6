extension ListEngagementInvitationsRequest: ValidatableRequest {
    public func validationIssues() -> [ValidationIssue] {
        var check = ValidationCollector()
        check.pattern("Catalog", catalog, .catalog, required: true)
        check.range("MaxResults", maxResults, 1...100)
        check.known("ParticipantType", participantType)
        if let sort {
            check.known("Sort.SortOrder", sort.sortOrder)
            check.known("Sort.SortBy", sort.sortBy)
        }
        payloadType?.forEach { check.known("PayloadType", $0) }
        check.count("Status", status, 1...10)
        status?.forEach { check.known("Status", $0) }
        check.count("EngagementIdentifier", engagementIdentifier, 1...10)
        engagementIdentifier?.forEach { check.pattern("EngagementIdentifier", $0, .engagementIdentifier) }
        check.count("SenderAwsAccountId", senderAwsAccountId, 1...10)
        senderAwsAccountId?.forEach { check.pattern("SenderAwsAccountId", $0, .awsAccount) }
        return check.issues
    }
}

extension GetEngagementInvitationRequest: ValidatableRequest {
    public func validationIssues() -> [ValidationIssue] {
        var check = ValidationCollector()
        check.pattern("Catalog", catalog, .catalog, required: true)
        check.pattern("Identifier", identifier, .invitationIdentifier, required: true)
        return check.issues
    }
}

extension RejectEngagementInvitationRequest: ValidatableRequest {
    public func validationIssues() -> [ValidationIssue] {
        var check = ValidationCollector()
        check.pattern("Catalog", catalog, .catalog, required: true)
        check.pattern("Identifier", identifier, .invitationIdentifier, required: true)
        check.pattern("RejectionReason", rejectionReason, .rejectionReason)
        return check.issues
    }
}

extension AcceptEngagementInvitationRequest: ValidatableRequest {
    public func validationIssues() -> [ValidationIssue] {
        var check = ValidationCollector()
        check.pattern("Catalog", catalog, .catalog, required: true)
        check.pattern("Identifier", identifier, .invitationIdentifier, required: true)
        return check.issues
    }
}

extension StartEngagementByAcceptingInvitationTaskRequest: ValidatableRequest {
    public func validationIssues() -> [ValidationIssue] {
        var check = ValidationCollector()
        check.pattern("Catalog", catalog, .catalog, required: true)
        check.pattern("ClientToken", clientToken, .clientToken, required: true)
        check.pattern("Identifier", identifier, .invitationIdentifier, required: true)
        check.count("Tags", tags, 1...200)
        tags?.forEach {
            check.pattern("Tags.Key", $0.key, .tagKey)
            check.pattern("Tags.Value", $0.value, .tagValue)
        }
        return check.issues
    }
}

extension ListEngagementByAcceptingInvitationTasksRequest: ValidatableRequest {
    public func validationIssues() -> [ValidationIssue] {
        var check = ValidationCollector()
        check.pattern("Catalog", catalog, .catalog, required: true)
        check.range("MaxResults", maxResults, 1...1000)
        check.pattern("NextToken", nextToken, .taskNextToken)
        if let sort {
            check.known("Sort.SortOrder", sort.sortOrder)
            check.known("Sort.SortBy", sort.sortBy)
        }
        check.count("TaskStatus", taskStatus, 1...3)
        taskStatus?.forEach { check.known("TaskStatus", $0) }
        check.count("OpportunityIdentifier", opportunityIdentifier, 1...10)
        opportunityIdentifier?.forEach { check.pattern("OpportunityIdentifier", $0, .opportunityIdentifier) }
        check.count("EngagementInvitationIdentifier", engagementInvitationIdentifier, 1...10)
        engagementInvitationIdentifier?.forEach {
            check.pattern("EngagementInvitationIdentifier", $0, .invitationIdentifier)
        }
        check.count("TaskIdentifier", taskIdentifier, 1...10)
        taskIdentifier?.forEach { check.pattern("TaskIdentifier", $0, .taskIdentifier) }
        return check.issues
    }
}
