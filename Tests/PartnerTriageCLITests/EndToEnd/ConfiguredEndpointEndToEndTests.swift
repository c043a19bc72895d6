import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// A profile that sends Partner Central to the emulator through the shared config alone (a `[services]` block, or the
/// profile's `endpoint_url`), with no `--endpoint-url` and no endpoint variable: the AWS CLI and partner-triage must
/// reach the same place and list the same invitations.
@Suite struct ConfiguredEndpointEndToEndTests {
    /// Writes the profiles `block` (a `[services]` block) and `global` (the profile's own `endpoint_url`).
    func writeProfiles(in environment: EndToEndEnvironment) throws {
        let demo = EmulatorConfiguration.demoCredentials
        try Data(
            """
            [profile block]
            region = us-east-1
            services = emulator

            [profile global]
            region = us-east-1
            endpoint_url = \(environment.endpoint)

            [profile broken]
            region = us-east-1
            services = nowhere

            [services emulator]
            partnercentral_selling =
              endpoint_url = \(environment.endpoint)
            """.utf8
        ).write(to: environment.home.appendingPathComponent(".aws/config"))
        let keys = "aws_access_key_id = \(demo.accessKeyId)\naws_secret_access_key = \(demo.secretAccessKey)\n"
        try Data("[block]\n\(keys)\n[global]\n\(keys)\n[broken]\n\(keys)".utf8)
            .write(to: environment.home.appendingPathComponent(".aws/credentials"))
    }

    /// The environment without the test harness's access keys: the profiles carry their own.
    func variables(_ environment: EndToEndEnvironment) -> [String: String] {
        environment.environment.filter { !$0.key.hasPrefix("AWS_ACCESS_KEY") && !$0.key.hasPrefix("AWS_SECRET") }
    }

    @Test func theAWSCLIAndPartnerTriageFollowTheSharedConfigToTheEmulator() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 4)) { environment in
            try writeProfiles(in: environment)

            for profile in ["block", "global"] {
                let ours = try await ChildProcess.run(
                    environment.binary,
                    ["list", "--catalog", "Sandbox", "--status", "PENDING", "--output", "ids", "--profile", profile],
                    environment: variables(environment))
                let theirs = try await AWSCLI.run(
                    [
                        "partnercentral-selling", "list-engagement-invitations", "--catalog", "Sandbox",
                        "--participant-type", "RECEIVER", "--status", "PENDING", "--profile", profile,
                        "--query", "EngagementInvitationSummaries[].Id", "--output", "text",
                    ],
                    environment: variables(environment))
                #expect(ours.status == 0, "\(profile): \(ours.stderr)")
                #expect(theirs.status == 0, "\(profile): \(theirs.stderr)")
                let ourIDs = ours.stdout.split(separator: "\n").map(String.init).sorted()
                let theirIDs = theirs.stdout.split(whereSeparator: { $0 == "\t" || $0 == "\n" }).map(String.init)
                    .sorted()
                #expect(ourIDs.count == 4, "\(profile): \(ours.stdout)")
                #expect(ourIDs == theirIDs, "\(profile)")
            }
        }
    }

    @Test func aProfileNamingAMissingServicesSectionFailsInOneLineBeforeSending() async throws {
        try await EndToEndEnvironment.with(seed: EndToEndSeed.make(pending: 1)) { environment in
            try writeProfiles(in: environment)
            let ours = try await ChildProcess.run(
                environment.binary, ["list", "--catalog", "Sandbox", "--profile", "broken"],
                environment: variables(environment))
            #expect(ours.status != 0)
            #expect(ours.stderr.contains("names services = nowhere"), "\(ours.stderr)")
            #expect(ours.stderr.contains("[services nowhere]"))
            #expect(ours.stderr.trimmingCharacters(in: .newlines).split(separator: "\n").count == 1, "\(ours.stderr)")
            let theirs = try await AWSCLI.run(
                [
                    "partnercentral-selling", "list-engagement-invitations", "--catalog", "Sandbox",
                    "--participant-type", "RECEIVER", "--profile", "broken",
                ],
                environment: variables(environment))
            #expect(theirs.status != 0)
            #expect(theirs.stderr.contains("nowhere"), "\(theirs.stderr)")
        }
    }
}
