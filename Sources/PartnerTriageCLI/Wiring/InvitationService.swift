import PartnerCentral

/// The Partner Central calls the commands make, so commands can be tested against a fake and the client's
/// types stay at the edge (``PartnerCentralInvitationService`` adapts the real client).
protocol InvitationService: Sendable {
    /// The pages of `ListEngagementInvitations` in the order the service returns them, each handed to `body` as it
    /// arrives; `body` returns `false` to stop before the next page is asked for.
    func forEachPage(
        _ request: ListEngagementInvitationsRequest,
        _ body: (ListEngagementInvitationsResponse) async throws -> Bool
    ) async throws
    /// `GetEngagementInvitation`.
    func getInvitation(_ request: GetEngagementInvitationRequest) async throws -> EngagementInvitation
    /// Returns when a reject or accept could go out at once within the write quota, without using it; cancelling
    /// the wait sends nothing.
    func waitForWriteBudget() async throws
    /// `RejectEngagementInvitation`; returns the request id.
    func rejectInvitation(_ request: RejectEngagementInvitationRequest) async throws -> String?
    /// `StartEngagementByAcceptingInvitationTask`.
    func startAcceptTask(_ request: StartEngagementByAcceptingInvitationTaskRequest) async throws
        -> ServiceResponse<StartEngagementByAcceptingInvitationTaskResponse>
    /// `AcceptEngagementInvitation` (leads); returns the request id.
    func acceptInvitation(_ request: AcceptEngagementInvitationRequest) async throws -> String?
    /// `GetEngagement`.
    func getEngagement(_ request: GetEngagementRequest) async throws -> GetEngagementResponse
    /// `ListEngagementByAcceptingInvitationTasks`, one page.
    func listAcceptTasks(_ request: ListEngagementByAcceptingInvitationTasksRequest) async throws
        -> ListEngagementByAcceptingInvitationTasksResponse
}

/// A response and the request id it came with.
struct ServiceResponse<Value: Sendable>: Sendable {
    var value: Value
    var requestId: String?
}

/// A failed call, reduced to what the commands print and audit.
struct ServiceFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// Where it failed, which decides the exit code.
    enum Kind: Equatable, Sendable {
        /// Refused before sending (invalid request, credentials, configuration): exit 2.
        case notSent
        /// The service answered with an error: exit 1.
        case service
        /// The network failed or timed out: exit 1.
        case transport
    }

    var kind: Kind
    /// The service's error code (`ConflictException`) or a transport error's name.
    var code: String?
    /// One line saying what happened and what to do.
    var message: String
    /// The service's request id, when it answered.
    var requestId: String?
    /// The request may have reached the service and been carried out, but its answer was lost (a dropped
    /// connection, a timeout): recorded as `unknown`, never as `failed`.
    var answerLost = false

    var description: String { message }

    /// The exit code a single-request command ends with.
    var exitCode: Int32 { kind == .notSent ? ExitStatus.usage : ExitStatus.requestFailed }
}
