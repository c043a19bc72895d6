import Foundation
import Testing

@testable import PartnerCentral

/// Endpoints configured in the environment and the shared config, in botocore's order (checked against botocore's
/// `ConfiguredEndpointProvider`): service variable, global variable, the profile's `[services]` block, the profile's
/// `endpoint_url`; all off with the ignore setting; `--endpoint-url` above everything.
@Suite struct ConfiguredEndpointsTests {
    static let configText = """
        [profile full]
        services = corp
        endpoint_url = https://profile.example.com

        [profile global-only]
        endpoint_url = https://profile.example.com

        [profile ignoring]
        services = corp
        ignore_configured_endpoint_urls = true

        [profile broken]
        services = missing

        [services corp]
        partnercentral_selling =
          endpoint_url = https://selling.example.com
        sts =
          endpoint_url = https://sts.example.com
        sso =
          endpoint_url = https://portal.example.com
        sso_oidc =
          endpoint_url = https://oidc.example.com
        """

    func endpoints(_ profile: String, environment: [String: String] = [:]) throws -> ConfiguredEndpoints {
        let config = AWSSharedConfig(
            configFilePath: "/home/me/.aws/config",
            configSections: try AWSConfigFileParser.parse(Self.configText, path: "/home/me/.aws/config"))
        return try ConfiguredEndpoints(
            environment: environment, config: config, profile: config.profile(named: profile))
    }

    func host(_ profile: String, environment: [String: String] = [:], explicit: String? = nil) throws -> String {
        try Endpoint.resolve(explicit: explicit, configured: endpoints(profile, environment: environment)).host
    }

    @Test func theServiceVariableThenTheGlobalVariableThenTheServicesBlockThenTheProfile() throws {
        let both = [
            "AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING": "https://env-selling.example.com",
            "AWS_ENDPOINT_URL": "https://env-global.example.com",
        ]
        #expect(try host("full", environment: both) == "env-selling.example.com")
        #expect(
            try host("full", environment: ["AWS_ENDPOINT_URL": "https://env-global.example.com"])
                == "env-global.example.com")
        #expect(try host("full") == "selling.example.com")
        #expect(try host("global-only") == "profile.example.com")
        #expect(try host("no-such-profile") == Endpoint.defaultHost)
        // --endpoint-url stands above all of them.
        #expect(try host("full", environment: both, explicit: "http://127.0.0.1:4777") == "127.0.0.1")
    }

    @Test func theIgnoreSettingTurnsEveryConfiguredEndpointOffButNotTheCommandLine() throws {
        let ignore = ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "TRUE", "AWS_ENDPOINT_URL": "https://env.example.com"]
        #expect(try host("full", environment: ignore) == Endpoint.defaultHost)
        #expect(try host("ignoring") == Endpoint.defaultHost)
        #expect(try host("ignoring", explicit: "https://explicit.example.com") == "explicit.example.com")
        // The variable, when set, decides over the profile's setting, as every botocore setting does.
        #expect(
            try host("ignoring", environment: ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "false"])
                == "selling.example.com")
        #expect(
            try Endpoint.resolve(explicit: nil, environment: ignore).host == Endpoint.defaultHost)
    }

    @Test func theIdentityServicesFollowTheSameBlock() throws {
        let configured = try endpoints("full")
        #expect(STSEndpoint.resolve(region: "eu-west-1", endpoints: configured).host == "sts.example.com")
        #expect(SSOEndpoints.portal(region: "eu-west-1", endpoints: configured).host == "portal.example.com")
        #expect(SSOEndpoints.oidc(region: "eu-west-1", endpoints: configured).host == "oidc.example.com")
        let plain = try endpoints("no-such-profile")
        #expect(STSEndpoint.resolve(region: "eu-west-1", endpoints: plain).host == "sts.eu-west-1.amazonaws.com")
        #expect(
            STSEndpoint.resolve(region: "eu-west-1", endpoints: try endpoints("global-only")).host
                == "profile.example.com")
    }

    @Test func aMissingServicesSectionIsAClearError() throws {
        #expect(
            throws: ConfiguredEndpointsError.servicesSectionMissing(
                profile: "broken", section: "missing", configFile: "/home/me/.aws/config")
        ) { try endpoints("broken") }
        let message = ConfiguredEndpointsError.servicesSectionMissing(
            profile: "broken", section: "missing", configFile: "/home/me/.aws/config"
        ).description
        #expect(
            message == "The profile broken names services = missing, but /home/me/.aws/config has no "
                + "[services missing] section. Add the section, or remove the services setting.")
    }

    @Test func aConfiguredPlainHTTPEndpointIsRefusedUnlessItIsLoopback() throws {
        let text = "[profile p]\nendpoint_url = http://partners.example.com\n"
        let config = AWSSharedConfig(configSections: try AWSConfigFileParser.parse(text, path: "config"))
        let configured = try ConfiguredEndpoints(environment: [:], config: config, profile: config.profile(named: "p"))
        #expect(throws: PartnerCentralError.self) { try Endpoint.resolve(explicit: nil, configured: configured) }
    }
}
