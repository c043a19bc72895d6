import PartnerCentral
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
            UILaunchOptions(client: ClientOptions(endpointURL: "http://127.0.0.1:4777"), environment: ["AWS_ACCESS_KEY_ID": "AKIAEXAMPLE"])
                .identityLabel == "environment credentials · endpoint http://127.0.0.1:4777")
        #expect(UILaunchOptions().identityLabel == "profile default")
    }

    @Test func headerIdentityIsTheClientsDescriptionAndTheEndpoint() {
        let role = "profile ops · role Triage · account 444455556666"
        #expect(UILaunchOptions(client: ClientOptions(profile: "ops")).headerIdentity(role) == role)
        #expect(
            UILaunchOptions(client: ClientOptions(profile: "ops", endpointURL: "http://127.0.0.1:4777")).headerIdentity(role)
                == role + " · endpoint http://127.0.0.1:4777")
        #expect(
            UILaunchOptions(client: ClientOptions(endpointURL: "http://127.0.0.1:4777"), demo: true).headerIdentity(role)
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

    @Test func theUICommandMapsToOptions() throws {
        let ui = try UICommand.parse(["--demo", "--catalog", "sandbox", "--region", "eu-west-1", "--no-color"])
        let options = ui.launchOptions(environment: ["HOME": "/tmp"])
        #expect(options.catalog == .sandbox && options.demo && options.noColor && options.client.region == "eu-west-1")
        #expect(options.environment == ["HOME": "/tmp"])
    }
}
