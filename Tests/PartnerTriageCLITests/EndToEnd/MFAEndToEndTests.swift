import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing
import TriageEffects

/// A role profile with `mfa_serial`: the commands ask for the code on the terminal (`/dev/tty`), never on stdin.
@Suite("MFA prompt end to end", .timeLimit(.minutes(2)))
struct MFAEndToEndTests {
    static let serial = "arn:aws:iam::111122223333:mfa/alice"

    /// An emulator with the identity side (STS expects `123456` for the device) and a HOME with a base profile
    /// holding the emulator's keys and a role profile `ops` that needs MFA.
    struct Setup {
        let emulator: RunningEmulator
        let home: URL
        let binary: String

        static func start() async throws -> Setup {
            let binary = try PackagePaths.builtBinary()
            let identity = IdentityService(
                configuration: IdentityConfiguration(mfaCodes: [MFAEndToEndTests.serial: "123456"]),
                keyMaterial: Array(repeating: 7, count: 32))
            let emulator = try await RunningEmulator.start(
                EmulatorConfiguration(
                    port: 0, seed: EndToEndSeed.make(pending: 2), rebaseSeedDates: false, extensions: [identity]))
            let home = try TemporaryDirectory.home(prefix: "pt-mfa", awsFiles: false).url
            let keys = EmulatorConfiguration.demoCredentials
            let config = """
                [profile base]
                aws_access_key_id = \(keys.accessKeyId)
                aws_secret_access_key = \(keys.secretAccessKey)
                region = us-east-1

                [profile ops]
                role_arn = arn:aws:iam::444455556666:role/Triage
                source_profile = base
                mfa_serial = \(MFAEndToEndTests.serial)
                region = us-east-1

                """
            try config.write(to: home.appendingPathComponent(".aws/config"), atomically: true, encoding: .utf8)
            try "".write(to: home.appendingPathComponent(".aws/credentials"), atomically: true, encoding: .utf8)
            return Setup(emulator: emulator, home: home, binary: binary)
        }

        func stop() async {
            await emulator.stop()
            try? FileManager.default.removeItem(at: home)
        }

        /// Runs `body` against a fresh setup and awaits ``stop()`` once `body` has returned or thrown.
        static func with<Result>(_ body: (Setup) async throws -> Result) async throws -> Result {
            try await stopping(try await start(), with: { await $0.stop() }, after: body)
        }

        var endpoint: String { emulator.endpoint.absoluteString }

        var environment: [String: String] {
            [
                "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "AWS_CONFIG_FILE": home.appendingPathComponent(".aws/config").path,
                "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent(".aws/credentials").path,
                "AWS_ENDPOINT_URL_STS": endpoint,
                "PATH": HostTools.path,
                "LANG": "C.UTF-8",
            ]
        }

        var auditLog: AuditLogFile {
            AuditLogFile(url: home.appendingPathComponent("state/partner-triage/audit.jsonl"))
        }
    }

    @Test func withoutATerminalItSaysSoInOneLineAndSendsNothing() async throws {
        try await Setup.with { setup in
            let id = EndToEndSeed.id(1)
            // setsid: a new session has no controlling terminal, so /dev/tty cannot be opened, whatever runs the tests.
            // The ids come on stdin, which must not be mistaken for the code.
            let result = try await ChildProcess.run(
                "/usr/bin/setsid",
                [
                    "--wait", setup.binary, "reject", "--from-file", "-", "--catalog", "Sandbox", "--reason", "Other",
                    "--yes", "--profile", "ops", "--endpoint-url", setup.endpoint,
                ],
                environment: setup.environment, stdin: "\(id)\n")
            #expect(result.status == 2)
            #expect(
                result.stderr
                    == "error: The profile \"ops\" needs an MFA code, but there is no terminal to ask for it on; "
                    + "run partner-triage from a terminal.\n")
            #expect(result.stdout.isEmpty)
            #expect(await setup.emulator.invitation(id: id, catalog: "Sandbox")?.status == .pending)
            #expect(setup.auditLog.lines.isEmpty)
        }
    }

    @Test func onATerminalTheCodeIsAskedForAndTheRoleIsUsed() async throws {
        try await Setup.with { setup in
            // script(1) runs the command on a new pseudo-terminal and passes our stdin to it as typed input.
            let command = [
                setup.binary, "list", "--catalog", "Sandbox", "--output", "ids", "--profile", "ops",
                "--endpoint-url", setup.endpoint,
            ].joined(separator: " ")
            let result = try await ChildProcess.run(
                "/usr/bin/script", ["-qec", command, "/dev/null"], environment: setup.environment, stdin: "123456\n")
            #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
            #expect(result.stdout.contains("Enter MFA code for \(Self.serial): "))
            #expect(result.stdout.contains(EndToEndSeed.id(1)))
            #expect(result.stdout.contains(EndToEndSeed.id(2)))
        }
    }

    @Test func aWrongCodeIsRefusedByTheServiceWithItsMessage() async throws {
        try await Setup.with { setup in
            let command = [
                setup.binary, "list", "--catalog", "Sandbox", "--output", "ids", "--profile", "ops",
                "--endpoint-url", setup.endpoint,
            ].joined(separator: " ")
            let result = try await ChildProcess.run(
                "/usr/bin/script", ["-qec", command, "/dev/null"], environment: setup.environment, stdin: "000000\n")
            #expect(result.status == 2, "\(result.stdout) \(result.stderr)")
            #expect(!result.stdout.contains(EndToEndSeed.id(1)))
            #expect(
                result.stdout.contains(
                    "error: STS refused the request (403 AccessDenied): MultiFactorAuthentication failed"),
                "\(result.stdout)")
        }
    }
}
