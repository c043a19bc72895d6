import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing
import TriageEffects

/// The built binary and an emulator on a free loopback port, with a private HOME so the developer's own AWS files
/// and audit log are never touched.
struct EndToEndEnvironment {
    let emulator: RunningEmulator
    let home: URL
    let binary: String

    static func start(
        seed: EmulatorSeed,
        enforceQuotas: Bool = false,
        faultRate: Double = 0,
        faultSeed: UInt64 = 0,
        latency: Duration = .zero,
        sparseResponses: Bool = false,
        faultKinds: [FaultKind] = FaultKind.retryable,
        taskDuration: TimeInterval = 0.2
    ) async throws -> EndToEndEnvironment {
        let binary = try PackagePaths.builtBinary()
        let home = try TemporaryDirectory.home(prefix: "pt-e2e").url
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(
                port: 0,
                seed: seed,
                rebaseSeedDates: false,
                enforceQuotas: enforceQuotas,
                faultRate: faultRate,
                faultSeed: faultSeed,
                faultKinds: faultKinds,
                sparseResponses: sparseResponses,
                latency: latency,
                taskDuration: taskDuration
            )
        )
        return EndToEndEnvironment(emulator: emulator, home: home, binary: binary)
    }

    func stop() async {
        await emulator.stop()
        try? FileManager.default.removeItem(at: home)
    }

    /// Runs `body` against a fresh environment and awaits ``stop()`` once `body` has returned or thrown, so the
    /// emulator and the private HOME never outlive the test that made them.
    static func with<Result>(
        seed: EmulatorSeed,
        enforceQuotas: Bool = false,
        faultRate: Double = 0,
        faultSeed: UInt64 = 0,
        latency: Duration = .zero,
        sparseResponses: Bool = false,
        faultKinds: [FaultKind] = FaultKind.retryable,
        taskDuration: TimeInterval = 0.2,
        _ body: (EndToEndEnvironment) async throws -> Result
    ) async throws -> Result {
        let environment = try await start(
            seed: seed,
            enforceQuotas: enforceQuotas,
            faultRate: faultRate,
            faultSeed: faultSeed,
            latency: latency,
            sparseResponses: sparseResponses,
            faultKinds: faultKinds,
            taskDuration: taskDuration
        )
        return try await stopping(environment, with: { await $0.stop() }, after: body)
    }

    var endpoint: String { emulator.endpoint.absoluteString }

    /// Only what the tool needs: demo credentials in the environment, private AWS files, HOME and state dirs.
    var environment: [String: String] {
        [
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "AWS_CONFIG_FILE": home.appendingPathComponent(".aws/config").path,
            "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent(".aws/credentials").path,
            "AWS_ACCESS_KEY_ID": EmulatorConfiguration.demoCredentials.accessKeyId,
            "AWS_SECRET_ACCESS_KEY": EmulatorConfiguration.demoCredentials.secretAccessKey,
            "AWS_REGION": "us-east-1",
            "PATH": HostTools.path,
            "LANG": "C.UTF-8",
        ]
    }

    var auditLog: AuditLogFile { AuditLogFile(url: home.appendingPathComponent("state/partner-triage/audit.jsonl")) }

    /// Runs `partner-triage` with `arguments` (the endpoint added) and returns what it printed.
    func run(_ arguments: [String], stdin: String? = nil, timeout: Duration = .seconds(90)) async throws
        -> ChildResult
    {
        try await ChildProcess.run(
            binary,
            arguments + ["--endpoint-url", endpoint],
            environment: environment,
            stdin: stdin,
            timeout: timeout
        )
    }

    /// Starts `partner-triage` without waiting for it.
    func start(_ arguments: [String]) async throws -> ChildProcess {
        try await ChildProcess(binary, arguments + ["--endpoint-url", endpoint], environment: environment)
    }

    func status(_ id: String, catalog: String = "Sandbox") async -> InvitationStatus? {
        await emulator.invitation(id: id, catalog: catalog)?.status
    }
}

/// The audit log as the tests read it: raw JSON objects, one per line.
struct AuditLogFile {
    let url: URL

    var lines: [[String: Any]] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    /// The outcome lines: every line but the `attempting` ones written before each request is sent.
    var decisions: [[String: Any]] { lines.filter { $0["outcome"] as? String != "attempting" } }

    var mode: Int? {
        try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }
}

/// Seeds for the end-to-end runs: `count` pending Sandbox invitations, one with a hostile title, and an AWS one.
enum EndToEndSeed {
    static let hostileTitle = "Win\u{1b}]0;pwned\u{07}\u{1b}[2J\u{202e}txt.exe"

    static func id(_ number: Int) -> String { String(format: "engi-e2e%010d", number) }

    static func make(pending count: Int) -> EmulatorSeed {
        // Invited over the last days and expiring in about two weeks, so the emulator reads them as PENDING.
        let base = Date().addingTimeInterval(-3 * 86400)
        var invitations: [EngagementInvitation] = []
        for number in 1...count {
            let invited = base.addingTimeInterval(Double(number) * 3600)
            let expires = invited.addingTimeInterval(15 * 86400)
            let title = number == 1 ? hostileTitle : "Migration wave \(number) — 東京"
            let payloadType: EngagementInvitationPayloadType =
                number % 3 == 0 ? .leadInvitation : .opportunityInvitation
            let receiver = Receiver(account: AccountReceiver(alias: "demo", awsAccountId: "444455556666"))
            invitations.append(
                EngagementInvitation(
                    arn: "arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement-invitation/\(id(number))",
                    payloadType: payloadType,
                    id: id(number),
                    engagementId: String(format: "eng-e2e%011d", number),
                    engagementTitle: title,
                    status: .pending,
                    invitationDate: Timestamp(invited),
                    expirationDate: Timestamp(expires),
                    senderAwsAccountId: "111122223333",
                    senderCompanyName: "AWS",
                    receiver: receiver,
                    catalog: "Sandbox",
                    invitationMessage: "Please take a look — ünïcode ✓"
                )
            )
        }
        invitations.append(
            EngagementInvitation(
                payloadType: .opportunityInvitation,
                id: id(999),
                engagementTitle: "Production one",
                status: .pending,
                invitationDate: Timestamp(base),
                expirationDate: Timestamp(base.addingTimeInterval(86400 * 15)),
                catalog: "AWS"
            )
        )
        return EmulatorSeed(invitations: invitations)
    }
}
