import ArgumentParser
import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing
import TriageEffects

@testable import PartnerTriageCLI

@Suite("Command parsing and validation")
struct CommandParsingTests {
    /// Runs the command line with a fake world and returns the exit code and what was printed.
    private func run(
        _ arguments: [String],
        stdinIsTerminal: Bool = false,
        input: [String] = [],
        connections: ConnectionCounter = ConnectionCounter(),
        service: FakePartnerCentral = FakePartnerCentral(invitations: [makeInvitation("engi-0000000000001")])
    ) async throws -> (code: Int32, out: String, err: String) {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let console = CapturingConsole(input: input)
        let context = makeTestContext(
            console: console,
            environment: ["HOME": home.url.path],
            stdinIsTerminal: stdinIsTerminal,
            service: service,
            connections: connections
        )
        let code = await PartnerTriageMain.run(arguments: arguments, context: context)
        return (code, console.output, console.errors)
    }

    @Test func badReasonExitsTwoAndListsTheFiveReasons() async throws {
        let connections = ConnectionCounter()
        let result = try await run(
            ["reject", "engi-0000000000001", "--catalog", "Sandbox", "--reason", "Too busy", "--yes"],
            connections: connections
        )
        #expect(result.code == 2)
        #expect(
            result.err
                == "error: The value 'Too busy' is invalid for '--reason <reason>'. Please provide one of "
                + "'Customer problem unclear', 'Next steps unclear', 'Unable to support', "
                + "'Duplicate of partner referral' or 'Other'. See 'partner-triage reject --help'.\n"
        )
        #expect(connections.count == 0)
    }

    @Test func reasonIsMatchedCaseInsensitively() throws {
        let command = try RejectCommand.parse([
            "engi-0000000000001", "--catalog", "sandbox", "--reason", "  duplicate OF partner referral",
        ])
        #expect(command.reason.reason == .duplicateOfPartnerReferral)
        #expect(command.catalog == .sandbox)
    }

    @Test func missingCatalogExitsTwo() async throws {
        let result = try await run(["list"])
        #expect(result.code == 2)
        #expect(
            result.err.hasPrefix(
                "error: Missing --catalog: give --catalog AWS or --catalog Sandbox, or set catalog = \"Sandbox\" in /"))
        #expect(result.err.hasSuffix("/.config/partner-triage/config.toml.\n"))
    }

    @Test func badIdExitsTwoBeforeConnecting() async throws {
        let connections = ConnectionCounter()
        let result = try await run(
            ["reject", "engi-0000000000001", "ENGI-1", "--catalog", "Sandbox", "--reason", "Other", "--yes"],
            connections: connections
        )
        #expect(result.code == 2)
        #expect(
            result.err
                == "error: Invalid invitation id 'ENGI-1' (argument 2): expected engi- and 13 lowercase letters or "
                + "digits, or an invitation ARN. Nothing was sent.\n"
        )
        #expect(connections.count == 0)
    }

    @Test func showRejectsABadIdDuringValidation() async throws {
        let result = try await run(["show", "engi-\u{1b}[2J", "--catalog", "AWS"])
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("error: Invalid invitation id 'engi-\\u{1b}[2J'"))
        #expect(!result.err.contains("\u{1b}"))
    }

    @Test func rejectWithoutYesRefusesWhenStdinIsNotATerminal() async throws {
        let connections = ConnectionCounter()
        let result = try await run(
            ["reject", "engi-0000000000001", "--catalog", "Sandbox", "--reason", "Other"],
            connections: connections
        )
        #expect(result.code == 2)
        #expect(
            result.err
                == "error: Refusing to reject 1 invitation without confirmation: standard input is not a terminal. "
                + "Add --yes to confirm. Nothing was sent.\n"
        )
        #expect(connections.count == 0)
    }

    @Test func rejectAsksOnATerminalAndStopsOnNo() async throws {
        let service = FakePartnerCentral(invitations: [makeInvitation("engi-0000000000001")])
        let result = try await run(
            ["reject", "engi-0000000000001", "--catalog", "AWS", "--reason", "Other"],
            stdinIsTerminal: true,
            input: ["n"],
            service: service
        )
        #expect(result.code == 2)
        #expect(result.err.contains("Reject 1 invitation:\n  engi-0000000000001  Data platform migration\n"))
        #expect(result.err.contains("Catalog: AWS — PRODUCTION"))
        #expect(result.err.contains("Reason: Other\nContinue? [y/N] "))
        #expect(result.err.hasSuffix("error: Cancelled; nothing was sent.\n"))
        // The question reads the title first; nothing is written.
        #expect(service.recordedCalls == ["get engi-0000000000001"])
    }

    @Test func fromStandardInputNeedsYes() async throws {
        let result = try await run(["reject", "--from-file", "-", "--catalog", "Sandbox", "--reason", "Other"])
        #expect(result.code == 2)
        #expect(
            result.err
                == "error: --from-file - reads the ids from standard input, so it cannot also ask for confirmation: "
                + "add --yes. See 'partner-triage reject --help'.\n"
        )
    }

    @Test func decisionsNeedAtLeastOneId() async throws {
        let result = try await run(["accept", "--catalog", "Sandbox", "--yes"])
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("error: Give at least one invitation id, or --from-file FILE"))
    }

    @Test(arguments: [
        (["emulator", "--fault-rate", "1.5"], "--fault-rate 1.5 is out of range: use a share from 0 to 1, like 0.3."),
        (["emulator", "--port", "70000"], "--port 70000 is out of range: use 0 to 65535 (0 picks a free port)."),
        (
            ["emulator", "--access-key-id", "AKIDEXAMPLE"],
            "--access-key-id and --secret-access-key go together: give both or neither."
        ),
        (
            ["emulator", "--credential-lifetime", "0"],
            "--credential-lifetime 0 is out of range: use 1 to 43200 seconds, like 900."
        ),
        (
            ["emulator", "--credential-lifetime", "43201"],
            "--credential-lifetime 43201 is out of range: use 1 to 43200 seconds, like 900."
        ),
    ])
    func emulatorRejectsBadValues(arguments: [String], message: String) async throws {
        let result = try await run(arguments)
        #expect(result.code == 2)
        #expect(result.err == "error: \(message) See 'partner-triage emulator --help'.\n")
    }

    @Test func emulatorCredentialLifetimeMustBeAWholeNumberOfSeconds() async throws {
        let result = try await run(["emulator", "--credential-lifetime", "15m"])
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("error: "))
        #expect(result.err.contains("--credential-lifetime"))
        #expect(result.err.hasSuffix("See 'partner-triage emulator --help'.\n"))
        #expect(result.err.split(separator: "\n").count == 1)
        #expect(try EmulatorCommand.parse(["--credential-lifetime", "900"]).settings.credentialLifetime == 900)
    }

    @Test func emulatorDefaultsBindLoopbackOnTheDocumentedPort() throws {
        let command = try EmulatorCommand.parse([])
        #expect(
            command.settings
                == EmulatorSettings(
                    host: "127.0.0.1",
                    port: 4777,
                    seedFile: nil,
                    accessKeyId: nil,
                    secretAccessKey: nil,
                    enforceQuotas: false,
                    faultRate: 0,
                    faultSeed: nil,
                    latencyMilliseconds: 0
                )
        )
    }

    @Test func noSubcommandOpensTheUIWithTheRootOptions() throws {
        let parsed = try PartnerTriageCommand.parseAsRoot(["--demo", "--catalog", "sandbox", "--no-color"])
        let ui = try #require(parsed as? UICommand)
        #expect(
            ui.launchOptions(environment: [:])
                == UILaunchOptions(catalog: .sandbox, client: ClientOptions(), noColor: true, demo: true)
        )
    }

    @Test func subcommandsKeepTheirOwnGlobalOptions() throws {
        let parsed = try PartnerTriageCommand.parseAsRoot([
            "list", "--catalog", "AWS", "--profile", "triage", "--region", "us-east-1", "--debug",
            "--endpoint-url", "http://127.0.0.1:4777", "--status", "pending", "--status", "PENDING", "--type", "lead",
            "--sort", "oldest",
        ])
        let list = try #require(parsed as? ListCommand)
        #expect(list.global.profile == "triage")
        #expect(list.global.debug)
        #expect(list.request(catalog: .sandbox).status == [.pending])
        #expect(list.request(catalog: .sandbox).payloadType == [.leadInvitation])
        #expect(list.request(catalog: .sandbox).sort?.sortOrder == .ascending)
        #expect(list.request(catalog: .sandbox).participantType == .receiver)
    }

    @Test func timeoutsMustBeSecondsAboveZero() async throws {
        for (option, value) in [
            ("--connect-timeout", "0"), ("--attempt-timeout", "0.0"), ("--attempt-timeout", "7200"),
        ] {
            let result = try await run(["list", "--catalog", "AWS", option, value])
            #expect(result.code == 2)
            #expect(result.err.hasPrefix("error: \(option) must be a number of seconds above 0 and at most 3600."))
        }
        let parsed = try PartnerTriageCommand.parseAsRoot(["--connect-timeout", "2", "--attempt-timeout", "12.5"])
        let ui = try #require(parsed as? UICommand)
        let client = ui.launchOptions(environment: [:]).client
        #expect(client.connectTimeout == 2 && client.attemptTimeout == 12.5)
    }

    @Test func endpointURLMustBeHTTP() async throws {
        let result = try await run(["list", "--catalog", "AWS", "--endpoint-url", "ftp://example.com"])
        #expect(result.code == 2)
        #expect(result.err.hasPrefix("error: --endpoint-url 'ftp://example.com' must be an http:// or https:// URL."))
    }

    @Test func helpGoesToStandardOutputWithExitZero() async throws {
        let result = try await run(["reject", "--help"])
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("OVERVIEW: Reject invitations with one of the five documented reasons."))
        #expect(result.err.isEmpty)
    }

    @Test func versionNamesTheReleaseAndTheCommitAndExitsZero() async throws {
        let result = try await run(["--version"])
        #expect(result.code == 0)
        #expect(result.out == "partner-triage \(BuildInfo.version) (commit \(BuildInfo.commit))\n")
        #expect(BuildInfo.commit == "dev", "a plain swift build names no commit; packaging/release.sh stamps one")
        #expect(result.err.isEmpty)
    }
}

@Suite("Emulator command output")
struct EmulatorCommandOutputTests {
    private let handle = EmulatorHandle(
        endpoint: "http://0.0.0.0:4777", accessKeyId: "AKIDCUSTOM", secretAccessKey: "custom-secret",
        isDemoCredentials: false, invitationCount: 3, seedSource: "seed.json", faultSeed: 7, stop: {})

    @Test func aCustomSecretIsNeverEchoedAndNonLoopbackIsWarnedAbout() throws {
        var settings = try EmulatorCommand.parse(["--host", "0.0.0.0", "--fault-rate", "0.3"]).settings
        settings.accessKeyId = "AKIDCUSTOM"
        let lines = EmulatorCommand.readyLines(handle, settings: settings)
        #expect(!lines.joined().contains("custom-secret"))
        #expect(lines.contains("  AWS_SECRET_ACCESS_KEY=<the --secret-access-key you gave>"))
        #expect(lines.contains { $0.hasPrefix("Warning: 0.0.0.0 is not a loopback address") })
        #expect(lines.contains("Faults: 0.3 of requests (--fault-seed 7)."))
    }

    @Test func loopbackHosts() {
        #expect(EmulatorCommand.isLoopback("127.0.0.1"))
        #expect(EmulatorCommand.isLoopback("::1"))
        #expect(EmulatorCommand.isLoopback("localhost"))
        #expect(!EmulatorCommand.isLoopback("0.0.0.0"))
        #expect(!EmulatorCommand.isLoopback("192.168.1.2"))
    }
}
