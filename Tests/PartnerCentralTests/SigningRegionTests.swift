import Foundation
import Testing

@testable import PartnerCentral

@Suite struct SigningRegionTests {
    static let services = CredentialServices(now: { Date() })
    static let keys = ["AWS_ACCESS_KEY_ID": "AKIDX", "AWS_SECRET_ACCESS_KEY": "s"]

    func region(endpointURL: String?, environment: [String: String]) throws -> String {
        try ClientConfiguration.resolve(
            options: ClientOptions(endpointURL: endpointURL),
            environment: Self.keys.merging(environment) { $1 },
            services: Self.services,
            readFile: { _ in nil }
        ).region
    }

    @Test func theServiceEndpointIsSignedForUSEast1WhateverTheRegionSetting() throws {
        #expect(try region(endpointURL: nil, environment: ["AWS_REGION": "eu-west-1"]) == "us-east-1")
        #expect(
            try region(
                endpointURL: "https://partnercentral-selling.us-east-1.api.aws",
                environment: ["AWS_REGION": "ap-south-1"])
                == "us-east-1")
    }

    @Test func anOverriddenEndpointIsSignedForTheResolvedRegion() throws {
        #expect(
            try region(endpointURL: "http://127.0.0.1:4777", environment: ["AWS_REGION": "eu-west-1"]) == "eu-west-1")
        #expect(try region(endpointURL: "http://127.0.0.1:4777", environment: [:]) == "us-east-1")
    }
}
