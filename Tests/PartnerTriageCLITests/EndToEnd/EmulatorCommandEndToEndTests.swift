import Foundation
import PartnerTriageTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `partner-triage emulator` as a subprocess.
@Suite("Emulator command end to end", .timeLimit(.minutes(2)))
struct EmulatorCommandEndToEndTests {
    private func environment(home: URL) -> [String: String] {
        let config = home.appendingPathComponent("aws-config").path
        _ = FileManager.default.createFile(atPath: config, contents: Data())
        return [
            "HOME": home.path, "PATH": HostTools.path,
            "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": config,
            "AWS_ACCESS_KEY_ID": "AKIAPARTNERTRIAGEDEMO", "AWS_SECRET_ACCESS_KEY": "partner-triage-demo-secret-key",
        ]
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func printsTheEndpointServesAndStopsCleanlyOnASignal(signal: Int32) async throws {
        let binary = try PackagePaths.builtBinary()
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let child = try await ChildProcess(
            binary, ["emulator", "--port", "0"], environment: environment(home: home.url))

        let ready = await child.waitForOutput { $0.contains("Stop with Ctrl-C.") }
        #expect(ready, "\(child.stderr)")
        let endpoint = try #require(
            child.stdout.split(separator: "\n").first?.split(separator: " ").last.map(String.init)
        )
        #expect(endpoint.hasPrefix("http://127.0.0.1:"))
        #expect(child.stdout.contains("AWS_ACCESS_KEY_ID=AKIAPARTNERTRIAGEDEMO\n"))

        let list = try await ChildProcess.run(
            binary,
            ["list", "--catalog", "Sandbox", "--output", "ids", "--endpoint-url", endpoint],
            environment: environment(home: home.url)
        )
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").count > 10)

        child.signal(signal)
        #expect(await child.waitForExit(timeout: .seconds(15)) == 0)
        #expect(child.stderr.hasSuffix("Stopped.\n"))
    }

    @Test func aSessionTokenGivenToTheCommandIsRequired() async throws {
        let binary = try PackagePaths.builtBinary()
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let keys = ["--access-key-id", "ASIATEMPORARYKEY", "--secret-access-key", "temporary-secret"]
        let child = try await ChildProcess(
            binary, ["emulator", "--port", "0", "--session-token", "token-of-the-session"] + keys,
            environment: environment(home: home.url))
        defer { child.signal(SIGTERM) }
        #expect(await child.waitForOutput { $0.contains("Stop with Ctrl-C.") }, "\(child.stderr)")
        let endpoint = try #require(
            child.stdout.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        #expect(child.stdout.contains("  AWS_SESSION_TOKEN=<the --session-token you gave>\n"))
        #expect(!child.stdout.contains("token-of-the-session"))

        var environment = environment(home: home.url)
        environment["AWS_ACCESS_KEY_ID"] = "ASIATEMPORARYKEY"
        environment["AWS_SECRET_ACCESS_KEY"] = "temporary-secret"
        let arguments = ["list", "--catalog", "Sandbox", "--output", "ids", "--endpoint-url", endpoint]
        let withoutToken = try await ChildProcess.run(binary, arguments, environment: environment)
        #expect(withoutToken.status == 1)
        environment["AWS_SESSION_TOKEN"] = "token-of-the-session"
        let withToken = try await ChildProcess.run(binary, arguments, environment: environment)
        #expect(withToken.status == 0, "\(withToken.stderr)")
    }

    @Test func aSessionTokenWithoutKeysIsABadInvocation() async throws {
        let result = try await ChildProcess.run(
            try PackagePaths.builtBinary(), ["emulator", "--session-token", "t"], environment: [:])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--session-token goes with --access-key-id and --secret-access-key."))
    }

    @Test func aBadSeedFileNamesTheElementAndFieldAndExitsTwo() async throws {
        let binary = try PackagePaths.builtBinary()
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let seed = home.url.appendingPathComponent("bad-seed.json")
        try #"""
        {"EngagementInvitations": [
          {"Catalog": "Sandbox", "Id": "engi-0000000000001", "Status": "PENDING", "InvitationDate": "2026-01-01T00:00:00Z"},
          {"Catalog": "Sandbox", "Id": "engi-0000000000002", "Status": "PENDNG", "InvitationDate": "2026-01-01T00:00:00Z"}
        ]}
        """#.write(to: seed, atomically: true, encoding: .utf8)

        let result = try await ChildProcess.run(
            binary,
            ["emulator", "--port", "0", "--seed-file", seed.path],
            environment: environment(home: home.url)
        )

        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: seed file \(seed.path): EngagementInvitations[1].Status: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }

    /// `--credential-lifetime` and a seed file's `EmulatorSSOTokens` reach the identity side: the AWS CLI's STS and
    /// SSO portal calls against the started binary get credentials that expire after the given lifetime, the seeded
    /// token is accepted and another is refused, and the ready lines name the identity endpoint variables.
    @Test func credentialLifetimeAndSeededSSOTokensReachTheIdentitySide() async throws {
        let binary = try PackagePaths.builtBinary()
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let seed = home.url.appendingPathComponent("identity-seed.json")
        try #"""
        {"EngagementInvitations": [
          {"Catalog": "Sandbox", "Id": "engi-0000000000001", "Status": "PENDING", "InvitationDate": "2026-01-01T00:00:00Z"}
         ],
         "EmulatorSSOTokens": [{"AccessToken": "seeded-sso-access-token"}]}
        """#.write(to: seed, atomically: true, encoding: .utf8)
        let environment = environment(home: home.url)
        let child = try await ChildProcess(
            binary,
            [
                "emulator", "--port", "0", "--credential-lifetime", "900", "--contact-delay", "600", "--seed-file",
                seed.path,
            ],
            environment: environment
        )
        defer { child.signal(SIGTERM) }
        #expect(await child.waitForOutput { $0.contains("Stop with Ctrl-C.") }, "\(child.stderr)")
        let endpoint = try #require(
            child.stdout.split(separator: "\n").first?.split(separator: " ").last.map(String.init)
        )
        for name in ["AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL_SSO", "AWS_ENDPOINT_URL_SSO_OIDC"] {
            #expect(child.stdout.contains("  \(name)=\(endpoint)\n"))
        }
        #expect(child.stdout.contains("Temporary credentials expire after 900 s (--credential-lifetime).\n"))
        #expect(child.stdout.contains("Customer contacts are shared 600 s after an accept (--contact-delay).\n"))
        #expect(child.stdout.contains("SSO tokens from the seed file: 1.\n"))
        // The token is a secret: counted, never printed.
        #expect(!child.stdout.contains("seeded-sso-access-token"))

        let before = Date()
        let assumed = try await AWSCLI.run(
            [
                "sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/Triage",
                "--role-session-name", "lifetime-check", "--duration-seconds", "3600",
                "--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json",
            ],
            environment: environment
        )
        let after = Date()
        #expect(assumed.status == 0, "\(assumed.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(assumed.stdout.utf8)) as? [String: Any]
        let credentials = try #require(object?["Credentials"] as? [String: Any])
        let expiration = try #require(Self.date(credentials["Expiration"] as? String))
        // 900 s, not the 3600 asked for; STS writes whole seconds.
        #expect(expiration >= before.addingTimeInterval(900 - 1))
        #expect(expiration <= after.addingTimeInterval(900 + 1))

        let portal = try await AWSCLI.run(
            [
                "sso", "get-role-credentials", "--access-token", "seeded-sso-access-token", "--role-name", "Triage",
                "--account-id", "111122223333", "--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json",
            ],
            environment: environment
        )
        #expect(portal.status == 0, "\(portal.stderr)")
        let role = try JSONSerialization.jsonObject(with: Data(portal.stdout.utf8)) as? [String: Any]
        let milliseconds = try #require((role?["roleCredentials"] as? [String: Any])?["expiration"] as? Double)
        let ssoExpiration = Date(timeIntervalSince1970: milliseconds / 1000)
        #expect(ssoExpiration >= before.addingTimeInterval(900 - 1))
        #expect(ssoExpiration <= Date().addingTimeInterval(900 + 1))

        let refused = try await AWSCLI.run(
            [
                "sso", "get-role-credentials", "--access-token", "never-seeded", "--role-name", "Triage",
                "--account-id", "111122223333", "--endpoint-url", endpoint, "--region", "us-east-1",
            ],
            environment: environment
        )
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("UnauthorizedException"), "\(refused.stderr)")
    }

    @Test func aBadSSOTokenInTheSeedFileNamesItsIndexAndFieldAndExitsTwo() async throws {
        let binary = try PackagePaths.builtBinary()
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let seed = home.url.appendingPathComponent("bad-identity.json")
        try #"""
        {"EngagementInvitations": [],
         "EmulatorSSOTokens": [{"AccessToken": "a"}, {"AccessToken": "b", "RefreshToken": "r"}]}
        """#.write(to: seed, atomically: true, encoding: .utf8)

        let result = try await ChildProcess.run(
            binary,
            ["emulator", "--port", "0", "--seed-file", seed.path],
            environment: environment(home: home.url)
        )

        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: seed file \(seed.path): EmulatorSSOTokens[1].ClientId: required (non-empty) with "
                + "RefreshToken, ClientId and ClientSecret\n"
        )
        #expect(result.stdout.isEmpty)
    }

    /// `2026-01-01T00:15:00Z` or the AWS CLI's `2026-01-01T00:15:00+00:00`.
    static func date(_ text: String?) -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        let choices: [ISO8601DateFormatter.Options] = [
            [.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds],
        ]
        for options in choices {
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
