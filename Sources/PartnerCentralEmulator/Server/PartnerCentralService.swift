import HTTPTypes
import Hummingbird
import PartnerCentral

import struct Foundation.Date

/// `POST /` for AWS JSON 1.0: signature, target, quotas, faults, then the operation.
struct PartnerCentralService: Sendable {
    let store: InvitationStore
    let verifier: SignatureVerifier
    let limiter: QuotaLimiter?
    let faults: FaultInjector?
    let sparseResponses: Bool
    let extensions: [any EmulatorExtension]
    let services: EmulatorServices
    let now: @Sendable () -> Date

    static let targetHeader = HTTPField.Name("X-Amz-Target")!  // safe: a valid token

    func handle(_ request: Request, context: EmulatorRequestContext) async throws -> Response {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let body = Array(buffer.readableBytesView)
        let target = request.headers[PartnerCentralService.targetHeader]
        if target == nil {
            for ext in extensions {
                if let response = try await ext.handleRootPost(
                    request, body: body, context: context, services: services)
                {
                    return response
                }
            }
        }
        _ = try await verifier.verify(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query,
            headers: EmulatorServices.signedHeaders(of: request), body: body)
        let prefix = Operation.targetPrefix + "."
        guard let target, target.hasPrefix(prefix),
            let operation = Operation(rawValue: String(target.dropFirst(prefix.count)))
        else { throw AWSJSONError.unknownOperation(target) }
        if let limiter, !limiter.admit(operation, now: now()) { throw AWSJSONError.throttling }
        let fault = faults?.draw()
        if let error = fault?.error { throw error }
        if fault == .dropBeforeApplying { throw ConnectionDrop(afterApplying: false) }
        var output = try await dispatch(operation, body: body)
        if fault == .dropAfterApplying { throw ConnectionDrop(afterApplying: true) }
        if sparseResponses { output = .value(SparseResponses.apply(to: output.json, of: operation)) }
        return AWSJSONResponse.written(output.body)
    }

    /// The operation's output, before it is written: list pages come written already, the rest as JSON values.
    func dispatch(_ operation: Operation, body: [UInt8]) async throws(AWSJSONError) -> OperationOutput {
        switch operation {
        case .listEngagementInvitations:
            .written(try await ListEngagementInvitationsHandler.handle(body, store: store))
        default:
            .value(try await dispatchValue(operation, body: body))
        }
    }

    /// The output of an operation that answers with a JSON value.
    private func dispatchValue(_ operation: Operation, body: [UInt8]) async throws(AWSJSONError) -> JSONValue {
        switch operation {
        case .listEngagementInvitations:
            preconditionFailure("dispatch(_:body:) answers ListEngagementInvitations with its written page")
        case .getEngagementInvitation:
            try await GetEngagementInvitationHandler.handle(body, store: store)
        case .rejectEngagementInvitation:
            try await RejectEngagementInvitationHandler.handle(body, store: store)
        case .acceptEngagementInvitation:
            try await AcceptEngagementInvitationHandler.handle(body, store: store)
        case .startEngagementByAcceptingInvitationTask:
            try await StartEngagementByAcceptingInvitationTaskHandler.handle(body, store: store)
        case .listEngagementByAcceptingInvitationTasks:
            try await ListEngagementByAcceptingInvitationTasksHandler.handle(body, store: store)
        case .getEngagement:
            try await GetEngagementHandler.handle(body, store: store)
        case .listEngagementMembers:
            try await ListEngagementMembersHandler.handle(body, store: store)
        case .listOpportunities:
            try await ListOpportunitiesHandler.handle(body, store: store)
        case .getOpportunity:
            try await GetOpportunityHandler.handle(body, store: store)
        case .assignOpportunity:
            try await AssignOpportunityHandler.handle(body, store: store)
        case .getAwsOpportunitySummary:
            try await GetAwsOpportunitySummaryHandler.handle(body, store: store)
        }
    }
}
