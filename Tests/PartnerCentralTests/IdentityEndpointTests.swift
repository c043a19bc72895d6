import Foundation
import Testing

@testable import PartnerCentral

/// Where STS, the SSO portal and SSO OIDC are called: the SDK's endpoint variables, then the regional endpoints.
@Suite struct IdentityEndpointTests {
    static let region = "eu-west-1"

    func sts(_ environment: [String: String]) -> String {
        STSEndpoint.resolve(region: Self.region, environment: environment).absoluteString
    }
    func portal(_ environment: [String: String]) -> String {
        SSOEndpoints.portal(region: Self.region, endpoints: ConfiguredEndpoints(environment: environment))
            .absoluteString
    }
    func oidc(_ environment: [String: String]) -> String {
        SSOEndpoints.oidc(region: Self.region, endpoints: ConfiguredEndpoints(environment: environment)).absoluteString
    }

    @Test func stsIsRegionalWithoutOverrides() {
        #expect(
            STSEndpoint.resolve(region: "eu-west-1", environment: [:]).absoluteString
                == "https://sts.eu-west-1.amazonaws.com"
        )
        #expect(
            STSEndpoint.resolve(region: "cn-north-1", environment: [:]).absoluteString
                == "https://sts.cn-north-1.amazonaws.com.cn"
        )
        #expect(STSEndpoint.resolve(region: nil, environment: [:]).absoluteString == "https://sts.amazonaws.com")
        #expect(STSEndpoint.signingRegion(nil) == "us-east-1")
        #expect(STSEndpoint.signingRegion("eu-west-1") == "eu-west-1")
    }

    @Test func stsPrefersItsOwnVariableThenTheGeneralOne() {
        let both = ["AWS_ENDPOINT_URL_STS": "http://127.0.0.1:1111", "AWS_ENDPOINT_URL": "http://127.0.0.1:2222"]
        #expect(sts(both) == "http://127.0.0.1:1111")
        let general = ["AWS_ENDPOINT_URL": "http://127.0.0.1:2222"]
        #expect(sts(general) == "http://127.0.0.1:2222")
        // Another service's variable is not STS's.
        let other = ["AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:3333"]
        #expect(sts(other) == "https://sts.eu-west-1.amazonaws.com")
        // An empty or unusable value does not hide the general one.
        let blank = ["AWS_ENDPOINT_URL_STS": " ", "AWS_ENDPOINT_URL": "http://127.0.0.1:2222"]
        #expect(sts(blank) == "http://127.0.0.1:2222")
    }

    @Test func ssoPortalAndOIDCEachHaveTheirOwnVariable() {
        let environment = [
            "AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:1111", "AWS_ENDPOINT_URL_SSO_OIDC": "http://127.0.0.1:2222",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:3333",
        ]
        #expect(portal(environment) == "http://127.0.0.1:1111")
        #expect(oidc(environment) == "http://127.0.0.1:2222")
        // AWS_ENDPOINT_URL_SSO is the portal's only: OIDC falls back to the general variable, not to it.
        let portalOnly = ["AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:1111", "AWS_ENDPOINT_URL": "http://127.0.0.1:3333"]
        #expect(oidc(portalOnly) == "http://127.0.0.1:3333")
        let general = ["AWS_ENDPOINT_URL": "http://127.0.0.1:3333"]
        #expect(portal(general) == "http://127.0.0.1:3333")
    }

    @Test func ssoIsRegionalWithoutOverrides() {
        #expect(
            SSOEndpoints.portal(region: "eu-west-1", endpoints: ConfiguredEndpoints(environment: [:])).absoluteString
                == "https://portal.sso.eu-west-1.amazonaws.com"
        )
        #expect(
            SSOEndpoints.oidc(region: "eu-west-1", endpoints: ConfiguredEndpoints(environment: [:])).absoluteString
                == "https://oidc.eu-west-1.amazonaws.com"
        )
    }

    @Test(arguments: ["true", "TRUE", "True"])
    func ignoreConfiguredEndpointURLsDisablesEveryOverride(_ flag: String) {
        let environment = [
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": flag, "AWS_ENDPOINT_URL_STS": "http://127.0.0.1:1111",
            "AWS_ENDPOINT_URL_SSO": "http://127.0.0.1:1111", "AWS_ENDPOINT_URL_SSO_OIDC": "http://127.0.0.1:1111",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:3333",
        ]
        #expect(
            sts(environment)
                == "https://sts.eu-west-1.amazonaws.com"
        )
        #expect(
            portal(environment)
                == "https://portal.sso.eu-west-1.amazonaws.com"
        )
        #expect(
            oidc(environment)
                == "https://oidc.eu-west-1.amazonaws.com"
        )
        // Anything but "true" leaves the overrides on.
        var off = environment
        off["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = "false"
        #expect(sts(off) == "http://127.0.0.1:1111")
    }
}
