import Foundation
import PartnerCentral
import TriageCore

/// Sends one `AssignOpportunity` the way every write goes out: within the write quota, with an `attempting` audit
/// line written first and the outcome after, for the UI and the command line alike.
public enum AssignmentSender {
    /// How one assign ended.
    public enum Outcome: Sendable, Equatable {
        /// The service took it.
        case assigned(requestId: String?)
        /// Refused or failed; the service did not change the opportunity.
        case failed(message: String)
        /// Sent, and the answer lost: the opportunity may or may not be assigned.
        case unknown(message: String)
        /// The audit line could not be written, so nothing was sent.
        case notSent(message: String)
    }

    /// Assigns `opportunityID` in `catalog` to `person`.
    public static func send(
        catalog: Catalog, opportunityID: String, person: RosterPerson, service: any TriageService,
        audit: (@Sendable (AuditRecord) throws -> Void)?, destination: AuditDestination?,
        clock: @Sendable () -> Date
    ) async -> Outcome {
        do {
            try await service.waitForWriteBudget()
        } catch {
            return .notSent(message: "Not sent: stopped while waiting for the write quota.")
        }
        let reason = "to \(person.email)"
        func record(_ outcome: AuditOutcome, requestId: String? = nil, errorCode: String? = nil) throws {
            try audit?(
                AuditRecord(
                    time: clock(), catalog: catalog.rawValue, id: opportunityID, action: .assign, reason: reason,
                    outcome: outcome, requestId: requestId, errorCode: errorCode, destination: destination))
        }
        do {
            try record(.attempting)
        } catch {
            return .notSent(message: "Not sent: the audit log could not be written.")
        }
        let request = AssignOpportunityRequest(
            catalog: catalog.rawValue, identifier: opportunityID, assignee: person.assignee)
        do {
            let receipt = try await service.assignOpportunity(request)
            try? record(.assigned, requestId: receipt.requestId)
            return .assigned(requestId: receipt.requestId)
        } catch {
            let failure = EffectRunner.describe(error)
            let outcome = AuditOutcome.afterFailedWrite(error)
            try? record(outcome, requestId: failure.requestId, errorCode: failure.code)
            return outcome == .unknown ? .unknown(message: failure.message) : .failed(message: failure.message)
        }
    }
}
