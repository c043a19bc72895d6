import Foundation
import PartnerCentral

/// One line of the audit log: a reject or accept attempt and how it ended.
public struct AuditRecord: Codable, Hashable, Sendable {
    /// When the attempt ended (for `attempting`, when it was about to be sent), ISO 8601 in UTC with milliseconds.
    public var time: String
    /// The catalog the invitation lives in (`AWS` or `Sandbox`).
    public var catalog: String
    /// The invitation id as it was sent.
    public var id: String
    /// What was attempted.
    public var action: AuditAction
    /// The rejection reason for rejects; `nil` for accepts.
    public var reason: String?
    /// How it ended.
    public var outcome: AuditOutcome
    /// The service's `x-amzn-RequestId` of the last response, when there was one.
    public var requestId: String?
    /// The service's error code (`ConflictException`, …) or a transport error name, when it failed.
    public var errorCode: String?
    /// The partner-triage version that wrote the line, `0.1.0 (commit 1a2b3c4d5e6f)`; absent from lines written
    /// before versions were recorded.
    public var version: String?

    /// Creates a record.
    public init(
        time: Date,
        catalog: String,
        id: String,
        action: AuditAction,
        reason: String? = nil,
        outcome: AuditOutcome,
        requestId: String? = nil,
        errorCode: String? = nil,
        version: String = BuildInfo.description
    ) {
        self.time = AuditRecord.format(time)
        self.catalog = catalog
        self.id = id
        self.action = action
        self.reason = reason
        self.outcome = outcome
        self.requestId = requestId
        self.errorCode = errorCode
        self.version = version
    }

    /// The record as one JSON line (no trailing newline), members in a fixed order, absent values as `null`.
    public var jsonLine: String {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return PythonJSONWriter.compact(
            .object(JSONObject([
                ("time", .string(time)),
                ("catalog", .string(catalog)),
                ("id", .string(id)),
                ("action", .string(action.rawValue)),
                ("reason", optional(reason)),
                ("outcome", .string(outcome.rawValue)),
                ("requestId", optional(requestId)),
                ("errorCode", optional(errorCode)),
                ("version", optional(version)),
            ]))
        )
    }

    static func format(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt)
        )
    }
}

/// The decision an audit record is about.
public enum AuditAction: String, Codable, Hashable, Sendable, CaseIterable {
    case reject
    case accept
}

/// How a decision ended, as written to the audit log.
public enum AuditOutcome: String, Codable, Hashable, Sendable, CaseIterable {
    /// The service rejected the invitation for us.
    case rejected
    /// The accept task completed (or, with `--no-wait`, `AcceptEngagementInvitation` succeeded).
    case accepted
    /// The accept task was started and not waited for.
    case acceptStarted = "accept-started"
    /// The invitation was already `REJECTED` when we asked (nothing changed).
    case alreadyRejected = "already-rejected"
    /// The invitation was already `ACCEPTED` when we asked (nothing changed).
    case alreadyAccepted = "already-accepted"
    /// The request failed and the service did not make the change: it answered with an error, or the request
    /// never reached it. `errorCode` says why.
    case failed
    /// Written (and flushed) just before the request is sent; the line after it for the same invitation says how
    /// it ended. With no line after it (the process was killed), the request may or may not have been sent.
    case attempting
    /// The request was sent but its answer was lost (the connection dropped, the attempt timed out, the program
    /// was stopped first): the service may or may not have made the change. `errorCode` says what happened.
    case unknown
}

extension AuditOutcome {
    /// The outcome to record for a reject or accept request that threw `error` after it was handed to the client:
    /// ``failed`` only when the service answered with an error or nothing reached it, else ``unknown``.
    static func afterFailedWrite(_ error: any Error) -> AuditOutcome {
        switch error {
        case let failure as ServiceFailure:
            return failure.answerLost ? .unknown : .failed
        case let error as PartnerCentralError:
            return error.answerMayBeLost ? .unknown : .failed
        default:
            // Cancellation (quitting, a signal) or anything else: the request may already be at the service.
            return .unknown
        }
    }
}

extension PartnerCentralError {
    /// Whether the request may have reached the service and been carried out although no answer says so: a dropped
    /// connection, a timed-out attempt, an answer too large or unreadable. A refused connection, a TLS failure,
    /// an input or credential error, or an error the service answered with mean it was not carried out.
    var answerMayBeLost: Bool {
        switch self {
        case .transport(.connection, _), .transport(.timeout, _), .transport(.responseTooLarge, _), .invalidResponse:
            return true
        default:
            return false
        }
    }
}
