import Foundation
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

/// partner-triage and the AWS CLI share assumed-role credentials through `~/.aws/cli/cache`: whichever assumes the
/// role first, the other uses the cached credentials without calling STS again (and, with MFA, without a new code).
@Suite struct RoleCacheEndToEndTests {
    @Test func theAWSCLIAndPartnerTriageReuseEachOthersRoleCredentials() async throws {
        let identity = IdentityService(
            configuration: IdentityConfiguration(credentialLifetime: 3600), keyMaterial: Array(repeating: 5, count: 32))
        try await RunningEmulator.with(
            EmulatorConfiguration(
                port: 0, seed: EndToEndSeed.make(pending: 2), rebaseSeedDates: false, extensions: [identity],
                secretKey: Array(repeating: 6, count: 32))
        ) { emulator in
            let home = try TemporaryDirectory.home(prefix: "pt-role-cache", awsFiles: false).url
            defer { try? FileManager.default.removeItem(at: home) }
            let demo = EmulatorConfiguration.demoCredentials
            try Data(
                """
                [profile base]
                aws_access_key_id = \(demo.accessKeyId)
                aws_secret_access_key = \(demo.secretAccessKey)

                [profile ops]
                role_arn = arn:aws:iam::111122223333:role/Triage
                source_profile = base
                """.utf8
            ).write(to: home.appendingPathComponent(".aws/config"))
            let url = emulator.endpoint.absoluteString
            let environment = [
                "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "AWS_ENDPOINT_URL_STS": url, "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
                "LANG": "C.UTF-8",
                "PATH": HostTools.path,
            ]
            let binary = try PackagePaths.builtBinary()
            let cache = home.appendingPathComponent(".aws/cli/cache")
            func ours() async throws -> ChildResult {
                try await ChildProcess.run(
                    binary,
                    ["list", "--catalog", "Sandbox", "--output", "ids", "--profile", "ops", "--endpoint-url", url],
                    environment: environment)
            }
            func theirs() async throws -> ChildResult {
                try await AWSCLI.run(
                    [
                        "partnercentral-selling", "list-engagement-invitations", "--catalog", "Sandbox",
                        "--participant-type", "RECEIVER", "--profile", "ops", "--endpoint-url", url,
                    ],
                    environment: environment)
            }
            func stsCalls() async -> Int { await identity.authority.assumeRoleCalls.count }
            func cachedFiles() -> [String] {
                ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter {
                    $0.hasSuffix(".json")
                }
            }

            // The AWS CLI assumes the role and caches it; partner-triage then signs with the cached credentials.
            let first = try await theirs()
            #expect(first.status == 0, "\(first.stderr)")
            #expect(await stsCalls() == 1)
            #expect(cachedFiles().count == 1)
            let reused = try await ours()
            #expect(reused.status == 0, "\(reused.stderr)")
            #expect(reused.stdout.split(separator: "\n").count == 2)
            #expect(await stsCalls() == 1)

            // The other way round: partner-triage assumes the role and writes the file the AWS CLI then reads.
            for file in cachedFiles() { try FileManager.default.removeItem(at: cache.appendingPathComponent(file)) }
            let fresh = try await ours()
            #expect(fresh.status == 0, "\(fresh.stderr)")
            #expect(await stsCalls() == 2)
            let written = try #require(cachedFiles().first)
            let mode =
                try FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent(written).path)[
                    .posixPermissions] as? Int
            #expect(mode == 0o600)
            let after = try await theirs()
            #expect(after.status == 0, "\(after.stderr)")
            #expect(await stsCalls() == 2)
        }
    }
}
