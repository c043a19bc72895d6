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
    /// The partner account the decision went to, where known; absent from older lines.
    public var account: String?
    /// The profile or credential source that signed it; absent from older lines.
    public var credentials: String?
    /// The endpoint URL it was sent to; absent from older lines.
    public var endpoint: String?
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
        destination: AuditDestination? = nil,
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
        self.account = destination?.account
        self.credentials = destination?.credentials
        self.endpoint = destination?.endpoint
        self.version = version
    }

    /// The record as one JSON line (no trailing newline), members in a fixed order, absent values as `null`.
    public var jsonLine: String {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return PythonJSONWriter.compact(
            .object(
                JSONObject([
                    ("time", .string(time)),
                    ("catalog", .string(catalog)),
                    ("id", .string(id)),
                    ("action", .string(action.rawValue)),
                    ("reason", optional(reason)),
                    ("outcome", .string(outcome.rawValue)),
                    ("requestId", optional(requestId)),
                    ("errorCode", optional(errorCode)),
                    ("account", optional(account)),
                    ("credentials", optional(credentials)),
                    ("endpoint", optional(endpoint)),
                    ("version", optional(version)),
                ]))
        )
    }

    /// The audit log's time format: ISO 8601 in UTC with milliseconds, as the AWS CLI prints times.
    public static func format(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt)
        )
    }
}
