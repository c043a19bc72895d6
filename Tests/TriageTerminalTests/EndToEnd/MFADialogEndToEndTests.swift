import DemoAssets
import Foundation
import PartnerCentral
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// The real binary in tmux with a role profile that has `mfa_serial`, against an emulator with the identity side:
/// the header names the role and account, the first page opens the MFA dialog, Esc fails it with a clear footer
/// message, and a reload asks again and loads with the role's credentials once the code is typed.
@Suite(.serialized) struct MFADialogEndToEndTests {
    static let serial = "arn:aws:iam::111122223333:mfa/alice"

    @Test func theDialogAsksForTheCodeAndEscCancelsOnlyThatRequest() async throws {
        let binary = try PackagePaths.builtBinary()
        var configuration = EmulatorConfiguration(port: 0)
        configuration.seed = try EmulatorSeed.parse(
            DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
        configuration.extensions = [
            IdentityService(
                configuration: IdentityConfiguration(mfaCodes: [Self.serial: "246810"]),
                keyMaterial: Array(repeating: 5, count: 32))
        ]
        let emulator = try await RunningEmulator.start(configuration)
        let directory = try TemporaryDirectory(prefix: "pt-mfa-e2e").url
        defer { try? FileManager.default.removeItem(at: directory) }
        let keys = EmulatorConfiguration.demoCredentials
        try """
        [profile base]
        aws_access_key_id = \(keys.accessKeyId)
        aws_secret_access_key = \(keys.secretAccessKey)
        [profile ops]
        role_arn = arn:aws:iam::444455556666:role/Triage
        source_profile = base
        mfa_serial = \(Self.serial)
        region = us-east-1
        """.write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let endpoint = emulator.endpoint.absoluteString
        let environment = [
            "HOME": directory.path,
            "XDG_STATE_HOME": directory.appendingPathComponent("state").path,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PATH": HostTools.path,
            "SWIFT_BACKTRACE": "enable=no",
            "AWS_CONFIG_FILE": directory.appendingPathComponent("config").path,
            "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("no-credentials").path,
            "AWS_ENDPOINT_URL_STS": endpoint,
        ]
        let command = [binary, "--catalog", "Sandbox", "--profile", "ops", "--endpoint-url", endpoint]
            .map { "'\($0)'" }.joined(separator: " ")
        let session = try TmuxSession(
            command: "\(command); echo \"EXIT=$?\"; sleep 600", columns: 160, rows: 40, environment: environment)
        defer { withExtendedLifetime(session) {} }

        await session.waitFor("the header and the dialog") { screen in
            screen.contains("profile ops · role Triage · account 444455556666")
                && screen.contains("Enter MFA code for \(Self.serial):") && screen.contains("Code: ______")
        }
        // Esc: the page that needed the credentials fails with the one-line reason; the UI stays usable.
        session.send("Escape")
        await session.waitFor("the cancelled request's message") { screen in
            screen.contains("No MFA code was entered") && !screen.contains("Code: ")
        }
        // Reload: asked again; the code is typed (Backspace corrects a digit) and the list loads with the role.
        session.send("R")
        await session.waitFor("the dialog again") { $0.contains("Code: ______") }
        session.type("246819")
        session.send("BSpace")
        session.type("0")
        await session.waitFor("the typed code") { $0.contains("Code: 246810") }
        session.send("Enter")
        await session.waitFor("the list") { $0.contains("pending ·") && listRows($0).count > 3 }
        session.send("q")
        await session.waitFor("the exit") { $0.contains("EXIT=0") }
        await emulator.stop()
    }
}
