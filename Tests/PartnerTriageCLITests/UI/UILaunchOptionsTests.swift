import Foundation
import PartnerCentral
import PartnerTriageTestSupport
import Testing

@testable import PartnerTriageCLI
@testable import TriageEffects

@Suite struct UILaunchOptionsTests {
    @Test func noColorComesFromTheFlagOrANonEmptyEnvironmentVariable() {
        #expect(UILaunchOptions(noColor: true).colorDisabled)
        #expect(UILaunchOptions(environment: ["NO_COLOR": "1"]).colorDisabled)
        #expect(!UILaunchOptions(environment: ["NO_COLOR": ""]).colorDisabled)
        #expect(!UILaunchOptions().colorDisabled)
    }

    @Test func identityNamesTheProfileOrTheCredentialsAndTheEndpoint() {
        #expect(UILaunchOptions(client: ClientOptions(profile: "ops")).identityLabel == "profile ops")
        #expect(UILaunchOptions(environment: ["AWS_PROFILE": "dev"]).identityLabel == "profile dev")
        #expect(
            UILaunchOptions(
                client: ClientOptions(endpointURL: "http://127.0.0.1:4777"),
                environment: ["AWS_ACCESS_KEY_ID": "AKIAEXAMPLE"]
            )
            .identityLabel == "environment credentials · endpoint http://127.0.0.1:4777")
        #expect(UILaunchOptions().identityLabel == "profile default")
    }

    @Test func headerIdentityIsTheClientsDescriptionAndTheEndpoint() {
        let role = "profile ops · role Triage · account 444455556666"
        #expect(UILaunchOptions(client: ClientOptions(profile: "ops")).headerIdentity(role) == role)
        #expect(
            UILaunchOptions(client: ClientOptions(profile: "ops", endpointURL: "http://127.0.0.1:4777")).headerIdentity(
                role)
                == role + " · endpoint http://127.0.0.1:4777")
        #expect(
            UILaunchOptions(client: ClientOptions(endpointURL: "http://127.0.0.1:4777"), demo: true).headerIdentity(
                role)
                == "demo emulator http://127.0.0.1:4777")
        #expect(UILaunchOptions(client: ClientOptions(profile: "ops")).headerIdentity("") == "profile ops")
    }

    @Test func anEndpointConfiguredOutsideTheCommandLineIsNamedToo() throws {
        let role = "profile ops · role Triage · account 444455556666"
        let proxy = try Endpoint("https://partners-proxy.example.com:8443/")
        #expect(
            UILaunchOptions(client: ClientOptions(profile: "ops")).headerIdentity(role, endpoint: proxy)
                == role + " · endpoint https://partners-proxy.example.com:8443")
        // The service's own endpoint needs no mention.
        let service = try Endpoint(Endpoint.defaultURL)
        #expect(UILaunchOptions(client: ClientOptions(profile: "ops")).headerIdentity(role, endpoint: service) == role)
    }

    @Test func aDemoSessionKeepsItsOwnAuditLogBesideTheRealOne() throws {
        let environment = ["XDG_STATE_HOME": "/var/state"]
        let real = try TriageUILauncher.auditLog(for: UILaunchOptions(environment: environment))
        let demo = try TriageUILauncher.auditLog(for: UILaunchOptions(demo: true, environment: environment))
        #expect(real.fileURL.path == "/var/state/partner-triage/audit.jsonl")
        #expect(demo.fileURL.path == "/var/state/partner-triage/demo-audit.jsonl")
        #expect(throws: AuditLogError.self) { try TriageUILauncher.auditLog(for: UILaunchOptions(environment: [:])) }
    }

    @Test func aDemoSessionKeepsItsOwnDebugLogBesideTheRealOne() throws {
        let temporary = try TemporaryDirectory()
        defer { temporary.cleanUp() }
        let environment = ["XDG_STATE_HOME": temporary.url.path]
        let directory = try TriageUILauncher.auditLog(for: UILaunchOptions(environment: environment)).fileURL
            .deletingLastPathComponent()
        let real = try DebugLogFile(
            directory: directory,
            fileName: TriageUILauncher.debugLogName(for: UILaunchOptions(environment: environment)))
        let demo = try DebugLogFile(
            directory: directory,
            fileName: TriageUILauncher.debugLogName(for: UILaunchOptions(demo: true, environment: environment)))
        real.write("real request\n")
        demo.write("demo request\n")
        #expect(real.url.path == temporary.url.path + "/partner-triage/debug.log")
        #expect(demo.url.path == temporary.url.path + "/partner-triage/demo-debug.log")
        #expect(try String(contentsOf: real.url, encoding: .utf8) == "real request\n")
        #expect(try String(contentsOf: demo.url, encoding: .utf8) == "demo request\n")
    }

    @Test func theConfigFileFillsInBelowTheFlags() throws {
        let configuration = PartnerTriageConfiguration(
            catalog: .aws, profile: "sales", keys: KeyBindings(keys: [.reject: .char("x")]))
        let plain = try UICommand.parse([]).launchOptions(environment: [:], configuration: configuration)
        #expect(plain.catalog == .aws && plain.client.profile == "sales")
        #expect(plain.keyBindings.key(for: .reject) == .char("x"))
        #expect(plain.configuration == configuration)
        let flagged = try UICommand.parse(["--catalog", "Sandbox", "--profile", "ops"])
            .launchOptions(environment: [:], configuration: configuration)
        #expect(flagged.catalog == .sandbox && flagged.client.profile == "ops")
        // A demo ignores every AWS set-up, the config file's profile too.
        let demo = try UICommand.parse(["--demo"]).launchOptions(environment: [:], configuration: configuration)
        #expect(demo.client.profile == nil)
    }

    @Test func theUICommandMapsToOptions() throws {
        let ui = try UICommand.parse(["--demo", "--catalog", "sandbox", "--region", "eu-west-1", "--no-color"])
        let options = ui.launchOptions(environment: ["HOME": "/tmp"])
        #expect(options.catalog == .sandbox && options.demo && options.noColor && options.client.region == "eu-west-1")
        #expect(options.environment == ["HOME": "/tmp"])
    }
}
