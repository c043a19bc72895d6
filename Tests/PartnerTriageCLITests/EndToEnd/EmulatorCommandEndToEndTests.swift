import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `partner-triage emulator` as a subprocess.
@Suite("Emulator command end to end", .timeLimit(.minutes(2)))
struct EmulatorCommandEndToEndTests {
    private func environment(home: URL) -> [String: String] {
        let config = home.appendingPathComponent("aws-config").path
        FileManager.default.createFile(atPath: config, contents: Data())
        return [
            "HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": config,
            "AWS_ACCESS_KEY_ID": "AKIAPARTNERTRIAGEDEMO", "AWS_SECRET_ACCESS_KEY": "partner-triage-demo-secret-key",
        ]
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func printsTheEndpointServesAndStopsCleanlyOnASignal(signal: Int32) async throws {
        let binary = try EndToEndEnvironment.binaryPath()
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let child = try ChildProcess(binary, ["emulator", "--port", "0"], environment: environment(home: home.url))

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

    @Test func aBadSeedFileNamesTheElementAndFieldAndExitsTwo() async throws {
        let binary = try EndToEndEnvironment.binaryPath()
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
        #expect(result.stderr.hasPrefix("error: seed file bad-seed.json: EngagementInvitations[1].Status: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
    }
}
