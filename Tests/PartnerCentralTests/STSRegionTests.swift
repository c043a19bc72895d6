import Foundation
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

/// A role profile calls STS in the session region: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's
/// `region`, else `us-east-1` (as the AWS CLI), checked by the region STS saw in the signature; requests to the
/// service's own endpoint stay signed for us-east-1.
@Suite struct STSRegionTests {
    struct Case: Sendable, CustomStringConvertible {
        var explicit: String?
        var awsRegion: String?
        var defaultRegion: String?
        var expected: String
        var description: String { "expects \(expected)" }
    }

    static let cases: [Case] = [
        Case(explicit: "eu-central-1", awsRegion: "us-west-2", defaultRegion: "ap-south-1", expected: "eu-central-1"),
        Case(explicit: nil, awsRegion: "us-west-2", defaultRegion: "ap-south-1", expected: "us-west-2"),
        Case(explicit: nil, awsRegion: nil, defaultRegion: "ap-south-1", expected: "ap-south-1"),
        Case(explicit: nil, awsRegion: nil, defaultRegion: nil, expected: "eu-west-1"),
    ]

    @Test func roleProfilesCallSTSInTheClientsRegion() async throws {
        try await IdentityTestEnvironment.with { env in
            try Data(
                """
                [profile base]
                aws_access_key_id = AKIAPARTNERTRIAGEDEMO
                aws_secret_access_key = partner-triage-demo-secret-key

                [profile ops]
                role_arn = arn:aws:iam::444455556666:role/Triage
                source_profile = base
                region = eu-west-1

                [profile plain]
                role_arn = arn:aws:iam::444455556666:role/Triage
                source_profile = base
                """.utf8
            ).write(to: env.home.appendingPathComponent(".aws/config"))

            for (index, testCase) in Self.cases.enumerated() {
                var environment = env.environment
                environment["AWS_REGION"] = testCase.awsRegion
                environment["AWS_DEFAULT_REGION"] = testCase.defaultRegion
                let client = try PartnerCentralClient.make(
                    options: ClientOptions(profile: "ops", region: testCase.explicit),
                    environment: environment,
                    httpClient: env.httpClient
                )
                _ = try await client.configuration.credentialProvider.credentials()
                let calls = await env.identity.authority.assumeRoleCalls
                #expect(calls.count == index + 1)
                #expect(calls.last?.signingRegion == testCase.expected, "\(testCase)")
                #expect(client.configuration.region == "us-east-1")
            }

            // No region anywhere: us-east-1, like the client.
            let client = try PartnerCentralClient.make(
                options: ClientOptions(profile: "plain"),
                environment: env.environment,
                httpClient: env.httpClient
            )
            _ = try await client.configuration.credentialProvider.credentials()
            #expect(await env.identity.authority.assumeRoleCalls.last?.signingRegion == "us-east-1")
            #expect(client.configuration.region == "us-east-1")
        }
    }
}
