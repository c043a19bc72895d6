import Foundation
import Testing

@testable import PartnerCentral

@Suite struct AWSSharedConfigTests {
    static let config = """
        [default]
        region = eu-west-1
        [profile dev]
        region = us-west-2
        aws_access_key_id = AKIDCONFIG
        aws_secret_access_key = config-secret
        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        [services local]
        partnercentral_selling =
          endpoint_url = http://127.0.0.1:9000
        [plain]
        region = nowhere
        """
    static let credentials = """
        [dev]
        aws_access_key_id = AKIDCREDS
        aws_secret_access_key = creds-secret
        [only-creds]
        aws_access_key_id = AKIDONLY
        aws_secret_access_key = only-secret
        """

    static func load(_ environment: [String: String] = ["HOME": "/home/u"]) throws -> AWSSharedConfig {
        try AWSSharedConfig.load(environment: environment) { path in
            switch path {
            case "/home/u/.aws/config", "/custom/config": AWSSharedConfigTests.config
            case "/home/u/.aws/credentials", "/custom/credentials": AWSSharedConfigTests.credentials
            default: nil
            }
        }
    }

    @Test func profilesComeFromProfileSectionsInConfigAndPlainSectionsInCredentials() throws {
        let shared = try Self.load()
        #expect(shared.profileNames == ["default", "dev", "only-creds"])
        #expect(shared.ssoSessions["corp"]?.values["sso_start_url"] == "https://corp.awsapps.com/start")
        #expect(shared.profile(named: "plain") == nil)
        #expect(shared.profile(named: "services local") == nil)
    }

    @Test func credentialsFileValuesWinOverConfigFileValues() throws {
        let dev = try #require(try Self.load().profile(named: "dev"))
        #expect(dev["aws_access_key_id"] == "AKIDCREDS")
        #expect(dev["region"] == "us-west-2")
    }

    @Test func environmentVariablesChooseTheFiles() throws {
        let shared = try Self.load([
            "HOME": "/nowhere", "AWS_CONFIG_FILE": "/custom/config",
            "AWS_SHARED_CREDENTIALS_FILE": "/custom/credentials",
        ])
        #expect(shared.configFilePath == "/custom/config")
        #expect(shared.credentialsFilePath == "/custom/credentials")
        #expect(shared.profile(named: "only-creds") != nil)
    }

    @Test func missingFilesAreEmpty() throws {
        let shared = try AWSSharedConfig.load(environment: ["HOME": "/h"]) { _ in nil }
        #expect(shared.profileNames.isEmpty)
        #expect(shared.configFilePath == "/h/.aws/config")
    }
}

/// The config parser against botocore on the same file (`Fixtures/config/generate_botocore_config_golden.py`).
@Suite struct AWSSharedConfigBotocoreTests {
    @Test func readsTheTrickyFileLikeBotocore() throws {
        let text = try Fixtures.text("config/tricky-config")
        let golden =
            try JSONSerialization.jsonObject(with: Fixtures.data("config/tricky-config.botocore.json")) as? NSDictionary
        let shared = AWSSharedConfig(configSections: try AWSConfigFileParser.parse(text, path: "tricky-config"))

        func flatten(_ section: AWSConfigFileSection) -> [String: Any] {
            var out: [String: Any] = [:]
            for (key, value) in section.values { out[key] = section.nested[key] ?? value }
            return out
        }
        let ours: NSDictionary = [
            "profiles": shared.configProfiles.mapValues(flatten),
            "sso_sessions": shared.ssoSessions.mapValues(flatten),
        ]
        #expect(ours == golden)
    }
}
