import Testing

@testable import PartnerCentral

/// Every constraint kind the client checks before sending, one broken value at a time: each request below must
/// produce exactly one issue, for the named field with the named code.
@Suite struct RequestValidationTests {
    static let id = "engi-0000000000001"

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let request: any ValidatableRequest & Sendable
        let field: String
        let code: ValidationExceptionErrorCode
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "catalog with a trailing newline",
            request: GetEngagementInvitationRequest(catalog: "Sandbox\n", identifier: id),
            field: "Catalog", code: .invalidStringFormat),
        Case(
            name: "catalog with a digit", request: GetEngagementInvitationRequest(catalog: "AWS2", identifier: id),
            field: "Catalog", code: .invalidStringFormat),
        Case(
            name: "empty catalog", request: RejectEngagementInvitationRequest(catalog: "", identifier: id),
            field: "Catalog", code: .invalidStringFormat),
        Case(
            name: "id with a trailing newline",
            request: GetEngagementInvitationRequest(catalog: "AWS", identifier: id + "\n"),
            field: "Identifier", code: .invalidStringFormat),
        Case(
            name: "id one character short",
            request: AcceptEngagementInvitationRequest(catalog: "AWS", identifier: "engi-000000000000"),
            field: "Identifier", code: .invalidStringFormat),
        Case(
            name: "id with upper case",
            request: RejectEngagementInvitationRequest(catalog: "AWS", identifier: "engi-000000000000A"),
            field: "Identifier", code: .invalidStringFormat),
        Case(
            name: "ARN longer than 255",
            request: GetEngagementInvitationRequest(
                catalog: "AWS", identifier: "arn:" + String(repeating: "a", count: 252)),
            field: "Identifier", code: .invalidStringFormat),
        Case(
            name: "reason of 81 characters",
            request: RejectEngagementInvitationRequest(
                catalog: "AWS", identifier: id, rejectionReason: String(repeating: "x", count: 81)),
            field: "RejectionReason", code: .invalidStringFormat),
        Case(
            name: "reason with a control character",
            request: RejectEngagementInvitationRequest(
                catalog: "AWS", identifier: id, rejectionReason: "Other\u{1B}[2J"),
            field: "RejectionReason", code: .invalidStringFormat),
        Case(
            name: "reason with a trailing newline",
            request: RejectEngagementInvitationRequest(catalog: "AWS", identifier: id, rejectionReason: "Other\n"),
            field: "RejectionReason", code: .invalidStringFormat),
        Case(
            name: "MaxResults 0", request: ListEngagementInvitationsRequest(catalog: "AWS", maxResults: 0),
            field: "MaxResults", code: .valueOutOfRange),
        Case(
            name: "MaxResults 101", request: ListEngagementInvitationsRequest(catalog: "AWS", maxResults: 101),
            field: "MaxResults", code: .valueOutOfRange),
        Case(
            name: "empty Status list", request: ListEngagementInvitationsRequest(catalog: "AWS", status: []),
            field: "Status", code: .notEnoughValues),
        Case(
            name: "eleven statuses",
            request: ListEngagementInvitationsRequest(catalog: "AWS", status: Array(repeating: .pending, count: 11)),
            field: "Status", code: .tooManyValues),
        Case(
            name: "unknown status",
            request: ListEngagementInvitationsRequest(catalog: "AWS", status: [InvitationStatus(rawValue: "OPEN")]),
            field: "Status", code: .invalidEnumValue),
        Case(
            name: "bad sender account",
            request: ListEngagementInvitationsRequest(catalog: "AWS", senderAwsAccountId: ["1234567890123"]),
            field: "SenderAwsAccountId", code: .invalidStringFormat),
        Case(
            name: "bad engagement id",
            request: ListEngagementInvitationsRequest(catalog: "AWS", engagementIdentifier: ["eng-1"]),
            field: "EngagementIdentifier", code: .invalidStringFormat),
        Case(
            name: "empty client token",
            request: StartEngagementByAcceptingInvitationTaskRequest(catalog: "AWS", clientToken: "", identifier: id),
            field: "ClientToken", code: .invalidStringFormat),
        Case(
            name: "no tags",
            request: StartEngagementByAcceptingInvitationTaskRequest(
                catalog: "AWS", clientToken: "t", identifier: id, tags: []),
            field: "Tags", code: .notEnoughValues),
        Case(
            name: "tag key with a forbidden character",
            request: StartEngagementByAcceptingInvitationTaskRequest(
                catalog: "AWS", clientToken: "t", identifier: id, tags: [Tag(key: "team#1", value: "x")]),
            field: "Tags.Key", code: .invalidStringFormat),
        Case(
            name: "task list MaxResults 1001",
            request: ListEngagementByAcceptingInvitationTasksRequest(maxResults: 1001, catalog: "AWS"),
            field: "MaxResults", code: .valueOutOfRange),
        Case(
            name: "four task statuses",
            request: ListEngagementByAcceptingInvitationTasksRequest(
                catalog: "AWS", taskStatus: [.complete, .failed, .inProgress, .complete]),
            field: "TaskStatus", code: .tooManyValues),
        Case(
            name: "bad task id",
            request: ListEngagementByAcceptingInvitationTasksRequest(catalog: "AWS", taskIdentifier: ["task-1"]),
            field: "TaskIdentifier", code: .invalidStringFormat),
        Case(
            name: "bad opportunity id",
            request: ListEngagementByAcceptingInvitationTasksRequest(catalog: "AWS", opportunityIdentifier: ["O-1"]),
            field: "OpportunityIdentifier", code: .invalidStringFormat),
    ]

    @Test(arguments: cases)
    func oneBrokenConstraintIsOneIssue(_ example: Case) {
        let issues = example.request.validationIssues()
        #expect(issues.map(\.fieldName) == [example.field])
        #expect(issues.map(\.code) == [example.code])
    }

    @Test func validRequestsHaveNoIssues() {
        let valid: [any ValidatableRequest] = [
            ListEngagementInvitationsRequest(
                catalog: "Sandbox", maxResults: 100, status: [.pending, .accepted], senderAwsAccountId: ["123456789012"]
            ),
            GetEngagementInvitationRequest(
                catalog: "AWS",
                identifier: "arn:aws:partnercentral:us-east-1::catalog/AWS/engagement-invitation/\(Self.id)"),
            RejectEngagementInvitationRequest(
                catalog: "AWS", identifier: Self.id, rejectionReason: "Duplicate of partner referral"),
            StartEngagementByAcceptingInvitationTaskRequest(
                catalog: "AWS", clientToken: "t", identifier: Self.id, tags: [Tag(key: "team", value: "emea")]),
            ListEngagementByAcceptingInvitationTasksRequest(
                maxResults: 1000, catalog: "AWS", taskIdentifier: ["task-0000000000001"]),
        ]
        for request in valid { #expect(request.validationIssues().isEmpty, "\(request)") }
    }
}
