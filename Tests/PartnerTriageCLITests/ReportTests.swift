import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing
import TriageEffects

@testable import PartnerTriageCLI

/// `report`: figures from an audit log written for the test and the service's list, in all three forms.
@Suite("Report")
struct ReportTests {
    static let endpoint = "https://partnercentral-selling.us-east-1.api.aws"

    static func time(_ text: String) -> Date { AuditRecordTime.date(text)! }  // Safe: the tests' literals parse.

    static func invitation(_ number: Int, invited: String, expires: String, status: InvitationStatus = .pending)
        -> EngagementInvitation
    {
        var invitation = makeInvitation(String(format: "engi-%013d", number), status: status)
        invitation.invitationDate = Timestamp(time(invited))
        invitation.expirationDate = Timestamp(time(expires))
        return invitation
    }

    static func record(
        _ number: Int, _ time: String, _ action: AuditAction, reason: String? = nil, outcome: AuditOutcome,
        catalog: String = "Sandbox", endpoint: String = ReportTests.endpoint
    ) -> AuditRecord {
        AuditRecord(
            time: Self.time(time), catalog: catalog, id: String(format: "engi-%013d", number), action: action,
            reason: reason, outcome: outcome,
            destination: AuditDestination(account: nil, credentials: "test", endpoint: endpoint))
    }

    /// The test's world: now is 2026-01-01T00:00:00Z, so the default window starts on 2025-12-02.
    static let invitations = [
        invitation(1, invited: "2025-12-10T00:00:00Z", expires: "2025-12-25T00:00:00Z", status: .rejected),
        invitation(2, invited: "2025-12-10T00:00:00Z", expires: "2025-12-25T00:00:00Z", status: .rejected),
        invitation(3, invited: "2025-12-20T00:00:00Z", expires: "2026-01-04T00:00:00Z", status: .accepted),
        invitation(4, invited: "2025-12-10T00:00:00Z", expires: "2025-12-25T00:00:00Z", status: .expired),
        invitation(5, invited: "2025-10-10T00:00:00Z", expires: "2025-11-01T00:00:00Z", status: .expired),
        invitation(6, invited: "2025-11-01T00:00:00Z", expires: "2025-11-16T00:00:00Z", status: .rejected),
        invitation(7, invited: "2025-12-10T00:00:00Z", expires: "2025-12-25T00:00:00Z"),
    ]

    static let records = [
        // 1: one day to reject.
        record(1, "2025-12-11T00:00:00.000Z", .reject, reason: "Other", outcome: .attempting),
        record(1, "2025-12-11T00:00:00.000Z", .reject, reason: "Other", outcome: .rejected),
        // 2: failed once, rejected three days after the invitation.
        record(2, "2025-12-12T00:00:00.000Z", .reject, reason: "Unable to support", outcome: .failed),
        record(2, "2025-12-13T00:00:00.000Z", .reject, reason: "Unable to support", outcome: .rejected),
        // 3: accepted after twelve hours (the task's start, then its end, count once).
        record(3, "2025-12-20T11:59:00.000Z", .accept, outcome: .acceptStarted),
        record(3, "2025-12-20T12:00:00.000Z", .accept, outcome: .accepted),
        // 9: an accept task started and then failed is no decision.
        record(9, "2025-12-20T12:00:00.000Z", .accept, outcome: .acceptStarted),
        record(9, "2025-12-20T12:01:00.000Z", .accept, outcome: .failed),
        // 6: before the window.
        record(6, "2025-11-15T00:00:00.000Z", .reject, reason: "Other", outcome: .rejected),
        // 7: a practice decision sent to the emulator, not to this endpoint.
        record(
            7, "2025-12-15T00:00:00.000Z", .reject, reason: "Other", outcome: .rejected,
            endpoint: "http://127.0.0.1:4777"),
        // Another catalog.
        record(8, "2025-12-15T00:00:00.000Z", .accept, outcome: .accepted, catalog: "AWS"),
    ]

    func run(_ arguments: [String]) async throws -> (code: Int32, console: CapturingConsole) {
        let state = try TemporaryDirectory()
        defer { state.cleanUp() }
        let environment = ["XDG_STATE_HOME": state.url.path, "HOME": state.url.path]
        let log = try AuditLog(environment: environment)
        for record in Self.records { try log.append(record) }
        let console = CapturingConsole()
        var context = makeTestContext(console: console, environment: environment)
        let service = FakePartnerCentral(invitations: Self.invitations)
        context.connect = { _ in
            ServiceConnection(
                service: service, shutdown: {},
                auditDestination: AuditDestination(account: nil, credentials: "test", endpoint: Self.endpoint))
        }
        let code = await PartnerTriageMain.run(arguments: ["report"] + arguments, context: context)
        return (code, console)
    }

    @Test func theFiguresComeFromTheLogAndTheList() {
        let report = DecisionReport(
            catalog: .sandbox, records: Self.records, invitations: Self.invitations.map(\.summary),
            since: Self.time("2025-12-02T00:00:00Z"), now: Self.time("2026-01-01T00:00:00Z"), endpoint: Self.endpoint)
        #expect(report.accepted == 1)
        #expect(report.rejected == 2)
        #expect(report.rejectedByReason["Other"] == 1)
        #expect(report.rejectedByReason["Unable to support"] == 1)
        #expect(report.rejectedByReason["Next steps unclear"] == 0)
        #expect(report.expiredUnanswered == 1)
        // One day, three days and twelve hours: the median is one day.
        #expect(report.medianSecondsToDecision == 86_400)
    }

    @Test func theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        #expect(DecisionReport.median([4, 1, 3, 2]) == 2.5)
        #expect(DecisionReport.median([]) == nil)
    }

    @Test func json() async throws {
        let (code, console) = try await run(["--catalog", "Sandbox", "--output", "json"])
        #expect(code == 0, "\(console.errors)")
        #expect(
            console.output == """
                {
                    "since": "2025-12-02T00:00:00.000Z",
                    "until": "2026-01-01T00:00:00.000Z",
                    "catalogs": [
                        {
                            "catalog": "Sandbox",
                            "accepted": 1,
                            "rejected": 2,
                            "rejectedByReason": {
                                "Customer problem unclear": 0,
                                "Next steps unclear": 0,
                                "Unable to support": 1,
                                "Duplicate of partner referral": 0,
                                "Other": 1
                            },
                            "expiredUnanswered": 1,
                            "medianSecondsToDecision": 86400
                        }
                    ]
                }

                """)
    }

    @Test func csv() async throws {
        let (code, console) = try await run(["--catalog", "Sandbox", "--output", "csv", "--since", "2025-12-02"])
        #expect(code == 0, "\(console.errors)")
        #expect(
            console.output == """
                since,until,catalog,accepted,rejected,rejected_customer_problem_unclear,rejected_next_steps_unclear,\
                rejected_unable_to_support,rejected_duplicate_of_partner_referral,rejected_other,expired_unanswered,\
                median_seconds_to_decision
                2025-12-02T00:00:00.000Z,2026-01-01T00:00:00.000Z,Sandbox,1,2,0,0,1,0,1,1,86400

                """)
    }

    @Test func table() async throws {
        let (code, console) = try await run(["--catalog", "Sandbox", "--output", "table", "--since", "720h"])
        #expect(code == 0, "\(console.errors)")
        #expect(
            console.output == """
                Decisions from 2025-12-02 to 2026-01-01 (UTC)

                Catalog  Accepted  Rejected  Expired unanswered  Median time to decision
                Sandbox         1         2                   1  1d 0h
                  rejected by reason: Unable to support 1, Other 1

                """)
    }

    @Test func withoutACatalogEveryCatalogTheLogNamesIsReported() async throws {
        let (code, console) = try await run(["--output", "csv"])
        #expect(code == 0, "\(console.errors)")
        let lines = console.output.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].contains(",AWS,"))
        #expect(lines[2].contains(",Sandbox,"))
    }

    @Test(arguments: ["30", "3w", "0d", "yesterday", "2026-13-01"])
    func aBadSinceIsOneLineAndExitTwo(_ value: String) async throws {
        let (code, console) = try await run(["--catalog", "Sandbox", "--since", value])
        #expect(code == ExitStatus.usage)
        #expect(console.errors.hasPrefix("error: The value '\(value)' is invalid for '--since <when>'"))
        #expect(console.errors.split(separator: "\n").count == 1)
    }

    @Test func sinceTakesSpansDatesAndTimes() {
        let now = Self.time("2026-01-01T00:00:00Z")
        #expect(SinceArgument(argument: "2d")?.start(now: now) == Self.time("2025-12-30T00:00:00Z"))
        #expect(SinceArgument(argument: "6h")?.start(now: now) == Self.time("2025-12-31T18:00:00Z"))
        #expect(SinceArgument(argument: "2025-12-24")?.start(now: now) == Self.time("2025-12-24T00:00:00Z"))
        #expect(
            SinceArgument(argument: "2025-12-24T09:30:00Z")?.start(now: now) == Self.time("2025-12-24T09:30:00Z"))
    }
}
