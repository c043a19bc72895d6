import Foundation
import Logging
import Synchronization
import Testing

@testable import PartnerCentral

/// The client against a scripted HTTP server on 127.0.0.1: wire format, retries, idempotency and failures.
@Suite struct ClientTransportTests {
    static let id = "engi-0000002isusga"

    static func summary(_ n: Int) -> String {
        #"{"Id":"engi-00000000000\#(n < 10 ? "0" : "")\#(n)","Catalog":"Sandbox","Status":"PENDING","InvitationDate":"2026-01-0\#(n % 9 + 1)T10:00:00.123Z"}"#
    }

    static func invitation(status: String, reason: String? = nil) -> String {
        let reasonField = reason.map { #","RejectionReason":"\#($0)""# } ?? ""
        return #"{"Id":"\#(id)","Catalog":"Sandbox","Status":"\#(status)"\#(reasonField)}"#
    }

    @Test func sendsTheAWSJSONWireFormat() async throws {
        try await ClientHarness.with([.ok(#"{"Id":"\#(Self.id)","Catalog":"Sandbox","Status":"PENDING"}"#)]) { h in
            let invitation = try await h.client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id)
            )
            #expect(invitation.status == .pending)
            let request = try #require(h.server.requests.first)
            #expect(request.header("X-Amz-Target") == "AWSPartnerCentralSelling.GetEngagementInvitation")
            #expect(request.header("Content-Type") == "application/x-amz-json-1.0")
            #expect(
                request.headers.filter { $0.name.lowercased() == "host" }.map(\.value) == ["127.0.0.1:\(h.server.port)"]
            )
            #expect(request.header("User-Agent") == PartnerCentralClient.userAgent)
            #expect(request.header("X-Amz-Security-Token") == ClientHarness.credentials.sessionToken)
            #expect(request.json["Identifier"] as? String == Self.id)
            #expect(request.json["Catalog"] as? String == "Sandbox")
            let authorization = try #require(request.header("Authorization").flatMap(SigV4Authorization.init(header:)))
            #expect(
                authorization.signedHeaders == [
                    "content-type", "host", "x-amz-date", "x-amz-security-token", "x-amz-target",
                ]
            )
            #expect(authorization.service == "partnercentral-selling")
            #expect(authorization.region == "us-east-1")
        }
    }

    @Test func paginatesOverNextTokenWithMaxResults100() async throws {
        let pages: [StubHTTPServer.Reply] = [
            .ok(#"{"EngagementInvitationSummaries":[\#(Self.summary(1)),\#(Self.summary(2))],"NextToken":"t1"}"#),
            .ok(#"{"EngagementInvitationSummaries":[\#(Self.summary(3))],"NextToken":"t2"}"#),
            .ok(#"{"EngagementInvitationSummaries":[\#(Self.summary(4))]}"#),
        ]
        try await ClientHarness.with(pages) { h in
            let all = try await h.client.allEngagementInvitations(
                ListEngagementInvitationsRequest(catalog: "Sandbox", status: [.pending])
            )
            #expect(
                all.map(\.id) == [
                    "engi-0000000000001", "engi-0000000000002", "engi-0000000000003", "engi-0000000000004",
                ]
            )
            #expect(all.first?.invitationDate?.text == "2026-01-02T10:00:00.123Z")
            let sent = h.server.requests.map(\.json)
            #expect(sent.map { $0["NextToken"] as? String } == [nil, "t1", "t2"])
            #expect(sent.allSatisfy { $0["MaxResults"] as? Int == 100 })
            #expect(sent.allSatisfy { $0["Status"] as? [String] == ["PENDING"] })
        }
    }

    @Test func responsesKeepTheJSONAsSentForOutput() async throws {
        let body =
            #"{"EngagementInvitationSummaries":[{"Id":"engi-0000000000001","Catalog":"Sandbox","FutureMember":{"x":1}}]}"#
        try await ClientHarness.with([.ok(body)]) { h in
            let page = try await h.client.listEngagementInvitations(
                ListEngagementInvitationsRequest(catalog: "Sandbox"))
            let row = try #require(page.engagementInvitationSummaries?.first)
            #expect(row.id == "engi-0000000000001")
            #expect(row.wire.value?.objectValue?["FutureMember"] == .object(JSONObject([("x", .number("1"))])))
            #expect(page.wire.value == (try JSONParser.parse(Array(body.utf8))))
            #expect(
                h.server.requests.first?.header("X-Amz-Target") == "AWSPartnerCentralSelling.ListEngagementInvitations"
            )
        }
    }

    @Test func aRepeatedNextTokenEndsThePaginatorWithAnError() async throws {
        let page = StubHTTPServer.Reply.ok(#"{"EngagementInvitationSummaries":[],"NextToken":"same"}"#)
        try await ClientHarness.with([page, page]) { h in
            await #expect(throws: PartnerCentralError.self) {
                try await h.client.allEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
            }
            #expect(h.server.requests.count == 2)
        }
    }

    @Test func throttlingThenSuccessRetriesWithBackoffAndSignsEachAttemptAnew() async throws {
        try await ClientHarness.with([
            .error(400, "ThrottlingException", message: "Rate exceeded"),
            .error(400, "ThrottlingException", message: "Rate exceeded"),
            .ok(Self.invitation(status: "PENDING")),
        ]) { h in
            _ = try await h.client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id)
            )
            let requests = h.server.requests
            #expect(requests.count == 3)
            #expect(Set(requests.compactMap { $0.header("X-Amz-Date") }).count == 3)
            #expect(Set(requests.compactMap { $0.header("Authorization") }).count == 3)
            #expect(h.provider.calls == 3)
            #expect(h.clock.sleeps == [0.5, 1.0])
            #expect(h.client.retryQuota.available == 500 - 5 - 5 + 5)
        }
    }

    @Test func serverErrorThenSuccessIsRetried() async throws {
        try await ClientHarness.with([.error(500, "InternalServerException"), .ok(Self.invitation(status: "PENDING"))])
        { h in
            let invitation = try await h.client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id)
            )
            #expect(invitation.id == Self.id)
            #expect(h.server.requests.count == 2)
        }
    }

    @Test func retriesStopAfterMaxAttempts() async throws {
        try await ClientHarness.with(Array(repeating: .error(503, "ServiceUnavailable"), count: 5)) { h in
            await #expect(throws: PartnerCentralError.self) {
                _ = try await h.client.getEngagementInvitation(
                    GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id)
                )
            }
            #expect(h.server.requests.count == 3)
        }
    }

    @Test func conflictAfterALostResponseIsReportedAsAlreadyRejected() async throws {
        try await ClientHarness.with([
            .drop,  // the first reject went through, but its response was lost
            .error(400, "ConflictException", message: "Invitation is in REJECTED state"),
            .ok(Self.invitation(status: "REJECTED", reason: "Next steps unclear")),
        ]) { h in
            let result = try await h.client.rejectEngagementInvitation(
                RejectEngagementInvitationRequest(
                    catalog: "Sandbox",
                    identifier: Self.id,
                    rejectionReason: "Next steps unclear"
                )
            )
            #expect(result.outcome == .alreadyDoneByEarlierAttempt)
            #expect(result.attempts == 2)
            let targets = h.server.requests.compactMap { $0.header("X-Amz-Target") }
            #expect(
                targets == [
                    "AWSPartnerCentralSelling.RejectEngagementInvitation",
                    "AWSPartnerCentralSelling.RejectEngagementInvitation",
                    "AWSPartnerCentralSelling.GetEngagementInvitation",
                ]
            )
        }
    }

    @Test func conflictAfterARetryWithAnotherReasonStaysAConflict() async throws {
        try await ClientHarness.with([
            .drop, .error(400, "ConflictException"), .ok(Self.invitation(status: "REJECTED", reason: "Other")),
        ]) { h in
            do {
                _ = try await h.client.rejectEngagementInvitation(
                    RejectEngagementInvitationRequest(
                        catalog: "Sandbox",
                        identifier: Self.id,
                        rejectionReason: "Next steps unclear"
                    )
                )
                Issue.record("expected a conflict")
            } catch let error as PartnerCentralError {
                guard error.code == .conflict else { throw error }
            }
        }
    }

    @Test func aFirstAttemptConflictIsNotRetriedOrExplainedAway() async throws {
        try await ClientHarness.with([.error(400, "ConflictException")]) { h in
            await #expect(throws: PartnerCentralError.self) {
                _ = try await h.client.rejectEngagementInvitation(
                    RejectEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id, rejectionReason: "Other")
                )
            }
            #expect(h.server.requests.count == 1)
        }
    }

    @Test func accessDeniedIsNotRetriedAndNamesTheAction() async throws {
        try await ClientHarness.with([.error(403, "AccessDeniedException", message: "User is not authorized")]) { h in
            do {
                _ = try await h.client.rejectEngagementInvitation(
                    RejectEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id, rejectionReason: "Other")
                )
                Issue.record("expected access denied")
            } catch let error as PartnerCentralError {
                guard error.code == .accessDenied else { throw error }
                #expect(error.message.contains("partnercentral:RejectEngagementInvitation"))
                #expect(error.message.contains("Sandbox"))
                #expect(error.requestId == "req-1")
            }
            #expect(h.server.requests.count == 1)
        }
    }

    @Test func aRequestTooLargeIsNotRetried() async throws {
        // What the emulator (and the service) answers to a body over its limit.
        try await ClientHarness.with([
            .error(413, "SerializationException", message: "The request body is too large."), .ok(), .ok(),
        ]) { h in
            do {
                _ = try await h.client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
                Issue.record("expected an error")
            } catch let error as PartnerCentralError {
                #expect(error.errorCode == "SerializationException")
            }
            #expect(h.server.requests.count == 1)
        }
    }

    @Test func malformedJSONIsAnInvalidResponse() async throws {
        try await ClientHarness.with([.ok("{not json")]) { h in
            do {
                _ = try await h.client.getEngagementInvitation(
                    GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id)
                )
                Issue.record("expected an invalid response")
            } catch let error as PartnerCentralError {
                guard error.code == .invalidResponse else { throw error }
                let context = error.context
                #expect(context.requestId == "req-1")
                #expect(error.message.contains("could not be read"))
            }
            #expect(h.server.requests.count == 1)
        }
    }

    @Test func anUnreadableBodyIsReportedAgainstTheOperation() async throws {
        try await ClientHarness.with([.ok("{not json"), .ok("[1]")]) { h in
            for _ in 0..<2 {
                do {
                    for try await _ in h.client.engagementInvitationPages(
                        ListEngagementInvitationsRequest(catalog: "Sandbox", participantType: .receiver))
                    {}
                    Issue.record("expected an invalid response")
                } catch let error as PartnerCentralError {
                    #expect(
                        error.message.hasPrefix(
                            "Partner Central sent a response to ListEngagementInvitations (Sandbox) that could not be read"
                        ),
                        "\(error.message)")
                    #expect(!error.message.contains("the request"))
                }
            }
        }
    }

    @Test func aHugeOrInfiniteRetryAfterWaitsNoLongerThanTheMaxBackoff() async throws {
        let throttled = { (value: String) in
            StubHTTPServer.Reply.respond(
                status: 429, body: #"{"__type":"ThrottlingException","message":"slow"}"#,
                headers: [("x-amz-retry-after", value)])
        }
        try await ClientHarness.with([throttled("3600000"), throttled("inf"), .ok()]) { h in
            _ = try await h.client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id))
            let waits = h.clock.sleeps
            #expect(waits.allSatisfy { $0.isFinite && $0 <= 20 }, "\(waits)")
            #expect(waits.contains(20))
        }
    }

    @Test func aConnectionThatKeepsDroppingFailsAfterThreeAttempts() async throws {
        try await ClientHarness.with([.drop, .drop, .drop]) { h in
            do {
                _ = try await h.client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
                Issue.record("expected a transport error")
            } catch let error as PartnerCentralError {
                guard error.code == .transport, error.transportFailure?.code == .connection else { throw error }
                #expect(error.errorCode == "ConnectionError")
            }
            #expect(h.server.requests.count == 3)
        }
    }

    @Test func aSlowAnswerTimesOut() async throws {
        try await ClientHarness.with([.after(seconds: 3, .ok())], retryPolicy: .none, attemptTimeout: 0.3) { h in
            do {
                _ = try await h.client.listEngagementInvitations(ListEngagementInvitationsRequest(catalog: "Sandbox"))
                Issue.record("expected a timeout")
            } catch let error as PartnerCentralError {
                guard error.code == .transport, error.transportFailure?.code == .timeout else { throw error }
            }
        }
    }

    @Test func aBodyTrickledOneByteASecondTimesOutWithinTheAttemptDeadline() async throws {
        // The head comes at once and every byte well inside the read timeout: only a deadline over the whole
        // attempt, to the last byte, ends this.
        let started = ContinuousClock.now
        try await ClientHarness.with(
            [.trickle(body: Self.invitation(status: "PENDING"), interval: 0.25)], retryPolicy: .none,
            attemptTimeout: 1
        ) { h in
            do {
                _ = try await h.client.getEngagementInvitation(
                    GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id)
                )
                Issue.record("expected a timeout")
            } catch let error as PartnerCentralError {
                guard error.code == .transport, error.transportFailure?.code == .timeout else { throw error }
            }
        }
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    @Test func invalidInputIsRejectedBeforeSending() async throws {
        try await ClientHarness.with([]) { h in
            do {
                _ = try await h.client.rejectEngagementInvitation(
                    RejectEngagementInvitationRequest(
                        catalog: "Sandbox",
                        identifier: "not-an-id",
                        rejectionReason: "Other"
                    )
                )
                Issue.record("expected invalid input")
            } catch let error as PartnerCentralError {
                guard error.code == .invalidRequest else { throw error }
                let issues = error.issues
                #expect(issues.map(\.fieldName) == ["Identifier"])
                #expect(error.nothingSent)
            }
            #expect(h.server.requests.isEmpty)
            #expect(h.provider.calls == 0)
        }
    }

    @Test func theClientTokenIsMadeOnceAndReusedOnRetries() async throws {
        let task = #"{"TaskId":"task-0000000000001","TaskStatus":"IN_PROGRESS","StartTime":"2026-01-01T00:00:00.000Z"}"#
        try await ClientHarness.with([.error(500, "InternalServerException"), .drop, .ok(task)]) { h in
            let result = try await h.client.startEngagementByAcceptingInvitationTask(
                catalog: "Sandbox",
                identifier: Self.id
            )
            #expect(result.value.taskId == "task-0000000000001")
            #expect(result.requestId == "req-3")
            let tokens = h.server.requests.map { $0.json["ClientToken"] as? String }
            #expect(tokens == ["client-token-1", "client-token-1", "client-token-1"])
        }
    }

    @Test func waitsForTheAcceptTaskByPolling() async throws {
        func page(_ status: String) -> StubHTTPServer.Reply {
            .ok(#"{"TaskSummaries":[{"TaskId":"task-0000000000001","TaskStatus":"\#(status)"}]}"#)
        }
        try await ClientHarness.with([page("IN_PROGRESS"), page("IN_PROGRESS"), page("COMPLETE")]) { h in
            let summary = try await h.client.waitForAcceptTask(
                catalog: "Sandbox",
                taskIdentifier: "task-0000000000001",
                pollInterval: 2
            )
            #expect(summary?.taskStatus == .complete)
            #expect(h.clock.sleeps == [2, 2])
            #expect(h.server.requests.first?.json["TaskIdentifier"] as? [String] == ["task-0000000000001"])
        }
    }

    @Test func debugLogsShowTheRequestButNoSecrets() async throws {
        let entries = LogCapture()
        var logger = Logger(label: "test") { _ in entries.handler() }
        logger.logLevel = .debug
        try await ClientHarness.with([.ok(Self.invitation(status: "PENDING"))], logger: logger, debug: true) { h in
            _ = try await h.client.getEngagementInvitation(
                GetEngagementInvitationRequest(catalog: "Sandbox", identifier: Self.id)
            )
            let signature = try #require(
                h.server.requests.first?.header("Authorization").flatMap(SigV4Authorization.init(header:))?.signature
            )
            let text = entries.text
            #expect(text.contains("AWSPartnerCentralSelling.GetEngagementInvitation"))
            #expect(text.contains("POST\n/\n\ncontent-type:application/x-amz-json-1.0"))
            #expect(text.contains("AWS4-HMAC-SHA256\n"))
            #expect(text.contains("x-amz-security-token:<redacted>"))
            #expect(!text.contains(ClientHarness.credentials.secretAccessKey))
            #expect(!text.contains(ClientHarness.credentials.sessionToken!))
            #expect(!text.contains(signature))
        }
    }
}

/// Collects log lines with their metadata, per test.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    func append(_ line: String) { lines.withLock { $0.append(line) } }

    func handler() -> some LogHandler { Handler(capture: self) }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let fields = (event.metadata ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            capture.append(([event.message.description] + fields).joined(separator: "\n"))
        }
    }
}
