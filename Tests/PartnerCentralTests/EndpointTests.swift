import Testing

@testable import PartnerCentral

@Suite struct EndpointTests {
    @Test func defaultsToTheServiceEndpoint() throws {
        let endpoint = try Endpoint.resolve(explicit: nil, environment: [:])
        #expect(endpoint.url.absoluteString == "https://partnercentral-selling.us-east-1.api.aws/")
        #expect(endpoint.hostHeader == "partnercentral-selling.us-east-1.api.aws")
    }

    @Test func overridesInOrder() throws {
        let environment = [
            "AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING": "http://127.0.0.1:4777",
            "AWS_ENDPOINT_URL": "https://other.example.com",
        ]
        #expect(
            try Endpoint.resolve(explicit: "http://localhost:9", environment: environment).hostHeader == "localhost:9"
        )
        #expect(try Endpoint.resolve(explicit: nil, environment: environment).hostHeader == "127.0.0.1:4777")
        #expect(
            try Endpoint.resolve(explicit: nil, environment: ["AWS_ENDPOINT_URL": "https://other.example.com"])
                .hostHeader
                == "other.example.com"
        )
    }

    @Test(arguments: [
        "http://127.0.0.1:4777", "http://127.10.0.3", "http://[::1]:8080", "http://localhost:1", "HTTP://LOCALHOST",
    ])
    func plainHTTPIsAllowedToLoopback(_ url: String) throws {
        _ = try Endpoint(url)
    }

    @Test(arguments: [
        "http://example.com", "http://128.0.0.1", "http://127.0.0.1.evil.com", "http://localhost.evil.com",
        "http://10.0.0.1:4777", "ftp://127.0.0.1", "not a url", "https://user:pw@host.example",
    ])
    func everythingElseIsRefusedBeforeConnecting(_ url: String) {
        #expect(throws: PartnerCentralError.self) { try Endpoint(url) }
    }

    @Test(arguments: [
        "http://127.0.0.1:65536", "http://[::1]:99999", "https://example.com:65537", "https://example.com:0",
        "https://example.com:0000443000",
    ])
    func aPortOutsideOneTo65535IsRefused(_ url: String) {
        do {
            _ = try Endpoint(url)
            Issue.record("expected a refusal of \(url)")
        } catch {
            #expect(error.message.contains("the port must be a number from 1 to 65535"), "\(error.message)")
            #expect(error.isInputError)
        }
    }

    @Test(arguments: ["https://example.com:-1", "https://example.com:4a"])
    func aPortThatIsNoNumberIsRefused(_ url: String) {
        #expect(throws: PartnerCentralError.self) { try Endpoint(url) }
    }

    @Test func theEnvironmentsEndpointIsCheckedTheSameWay() {
        #expect(throws: PartnerCentralError.self) {
            try Endpoint.resolve(explicit: nil, environment: ["AWS_ENDPOINT_URL": "http://127.0.0.1:65536"])
        }
    }

    @Test(arguments: ["http://127.0.0.1:65535", "http://[::1]:1", "https://example.com:443/", "https://example.com"])
    func portsInRangeAreKept(_ url: String) throws {
        _ = try Endpoint(url)
    }

    @Test func theRefusalSaysWhy() {
        do {
            _ = try Endpoint("http://partnercentral.example.com")
            Issue.record("expected a refusal")
        } catch {
            #expect(error.message.contains("only allowed to loopback hosts"))
            #expect(error.isInputError)
        }
    }

    @Test func regionOrder() {
        let profile = AWSProfile(name: "p", configValues: ["region": "eu-west-1"])
        let environment = ["AWS_REGION": "us-west-2", "AWS_DEFAULT_REGION": "ap-south-1"]
        #expect(
            RegionResolver.resolve(explicit: "us-east-2", environment: environment, profile: profile) == "us-east-2"
        )
        #expect(RegionResolver.resolve(explicit: nil, environment: environment, profile: profile) == "us-west-2")
        #expect(
            RegionResolver.resolve(explicit: nil, environment: ["AWS_DEFAULT_REGION": "ap-south-1"], profile: profile)
                == "ap-south-1"
        )
        #expect(RegionResolver.resolve(explicit: nil, environment: [:], profile: profile) == "eu-west-1")
        #expect(RegionResolver.resolve(explicit: nil, environment: [:], profile: nil) == "us-east-1")
    }
}
