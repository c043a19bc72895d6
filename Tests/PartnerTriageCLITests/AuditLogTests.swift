import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerTriageCLI
@testable import TriageEffects

@Suite("Audit log")
struct AuditLogTests {
    @Test func recordIsOneJSONLineWithEveryFieldInAFixedOrder() {
        let record = AuditRecord(
            time: Date(timeIntervalSince1970: 1_767_225_600.25),
            catalog: "Sandbox",
            id: "engi-0000000000001",
            action: .reject,
            reason: "Other",
            outcome: .rejected,
            requestId: "a1b2",
            errorCode: nil,
            version: "0.1.0 (commit 1a2b3c4d5e6f)"
        )
        #expect(
            record.jsonLine
                == #"{"time":"2026-01-01T00:00:00.250Z","catalog":"Sandbox","id":"engi-0000000000001","action":"reject","#
                + #""reason":"Other","outcome":"rejected","requestId":"a1b2","errorCode":null,"account":null,"#
                + #""credentials":null,"endpoint":null,"version":"0.1.0 (commit 1a2b3c4d5e6f)"}"#
        )
    }

    @Test func recordNamesTheAccountCredentialsAndEndpointItWentTo() {
        let record = AuditRecord(
            time: Date(timeIntervalSince1970: 1_767_225_600), catalog: "AWS", id: "engi-0000000000001",
            action: .accept, outcome: .attempting,
            destination: AuditDestination(
                account: "444455556666", credentials: "profile ops · role Triage",
                endpoint: "https://partnercentral-selling.us-east-1.api.aws"),
            version: "0.1.0 (commit 1a2b3c4d5e6f)")
        #expect(
            record.jsonLine.hasSuffix(
                #""errorCode":null,"account":"444455556666","credentials":"profile ops · role Triage","#
                    + #""endpoint":"https://partnercentral-selling.us-east-1.api.aws","#
                    + #""version":"0.1.0 (commit 1a2b3c4d5e6f)"}"#))
    }

    @Test func everyRecordCarriesTheVersionOfTheBuildThatWroteIt() {
        let record = AuditRecord(
            time: Date(timeIntervalSince1970: 0), catalog: "AWS", id: "engi-0000000000001", action: .accept,
            outcome: .attempting)
        #expect(record.version == BuildInfo.description)
        #expect(record.jsonLine.hasSuffix(#","version":"\#(BuildInfo.description)"}"#))
    }

    @Test func locationFollowsXDGStateHomeThenHome() {
        #expect(
            AuditLog.location(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/p"])?.path
                == "/state/partner-triage/audit.jsonl"
        )
        #expect(
            AuditLog.location(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/p"])?.path
                == "/home/p/.local/state/partner-triage/audit.jsonl"
        )
        #expect(AuditLog.location(environment: [:]) == nil)
    }

    @Test func appendCreatesAPrivateDirectoryAndFileAndKeepsEarlierLines() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let log = try AuditLog(environment: ["HOME": temporary.url.path])
        let first = AuditRecord(
            time: Date(timeIntervalSince1970: 0),
            catalog: "AWS",
            id: "engi-0000000000001",
            action: .accept,
            outcome: .failed,
            requestId: "r1",
            errorCode: "ConflictException"
        )
        let second = AuditRecord(
            time: Date(timeIntervalSince1970: 1),
            catalog: "AWS",
            id: "engi-0000000000002",
            action: .reject,
            reason: "Next steps unclear",
            outcome: .rejected,
            requestId: "r2"
        )
        try log.append(first)
        try log.append(second)

        let text = try String(contentsOf: log.fileURL, encoding: .utf8)
        #expect(text == first.jsonLine + "\n" + second.jsonLine + "\n")
        #expect(try log.records() == [first, second])

        let fileMode = try FileManager.default.attributesOfItem(atPath: log.fileURL.path)[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        let directory = log.fileURL.deletingLastPathComponent().path
        let directoryMode = try FileManager.default.attributesOfItem(atPath: directory)[.posixPermissions] as? Int
        #expect(directoryMode == 0o700)
    }

    @Test func aLooseExistingFileIsTightenedTo0600() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let url = temporary.url.appendingPathComponent("audit.jsonl")
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(), attributes: [.posixPermissions: 0o644])
        try AuditLog(fileURL: url).prepare()
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func anUnwritableLocationIsAClearError() throws {
        let log = AuditLog(fileURL: URL(fileURLWithPath: "/proc/partner-triage-test/audit.jsonl"))
        #expect(throws: AuditLogError.self) { try log.prepare() }
    }

    @Test func everyLineOfARunNamesItsCatalogAndTheToolVersion() async throws {
        let state = try TemporaryDirectory()
        defer { state.cleanUp() }
        let environment = ["XDG_STATE_HOME": state.url.path]
        let service = FakePartnerCentral(invitations: [
            makeInvitation("engi-0000000000001"), makeInvitation("engi-0000000000002", catalog: "AWS"),
        ])
        for (id, catalog) in [("engi-0000000000001", "Sandbox"), ("engi-0000000000002", "AWS")] {
            let context = makeTestContext(environment: environment, service: service)
            let code = await PartnerTriageMain.run(
                arguments: ["reject", id, "--catalog", catalog, "--reason", "Other", "--yes"], context: context)
            #expect(code == 0)
        }
        let text = try String(
            contentsOf: state.url.appendingPathComponent("partner-triage/audit.jsonl"), encoding: .utf8)
        let lines = try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(lines.count == 4)  // attempting and rejected, for each
        #expect(lines.map { $0["catalog"] as? String } == ["Sandbox", "Sandbox", "AWS", "AWS"])
        #expect(lines.allSatisfy { $0["version"] as? String == BuildInfo.description })
    }
}
