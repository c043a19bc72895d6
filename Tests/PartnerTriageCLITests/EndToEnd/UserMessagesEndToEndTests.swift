import Foundation
import PartnerTriageTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// What the binary prints when the user gets something wrong: one sentence each, in the user's own terms.
@Suite("User messages end to end", .timeLimit(.minutes(2)))
struct UserMessagesEndToEndTests {
    @Test func aSuggestionForAMisspeltOptionEndsWithItsQuestionMark() async throws {
        let result = try await ChildProcess.run(
            try PackagePaths.builtBinary(), ["list", "--catalog", "Sandbox", "--ouput", "json"],
            environment: [:])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: Unknown option '--ouput'. Did you mean '--output'? See 'partner-triage list --help'.\n")
    }

    @Test func aBusyPortIsNamedWithoutTheSocketLayersWords() async throws {
        let binary = try PackagePaths.builtBinary()
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let environment = ["HOME": home.url.path, "PATH": "/usr/bin:/bin"]
        let first = try await ChildProcess(binary, ["emulator", "--port", "0"], environment: environment)
        defer { first.signal(SIGTERM) }
        #expect(await first.waitForOutput { $0.contains("Stop with Ctrl-C.") }, "\(first.stderr)")
        let endpoint = try #require(first.stdout.split(separator: "\n").first?.split(separator: " ").last)
        let port = try #require(endpoint.split(separator: ":").last.map(String.init))

        let second = try await ChildProcess.run(binary, ["emulator", "--port", port], environment: environment)

        #expect(second.status == 1)
        #expect(
            second.stderr
                == "error: Cannot listen on 127.0.0.1:\(port): another program is listening there. Pick another "
                + "--port, or 0 for any.\n")
    }

    @Test func aSeedFileIsNamedAsTheUserWroteIt() async throws {
        let home = try TemporaryDirectory()
        defer { home.cleanUp() }
        let typed = home.url.path + "/./missing//seed.json"
        let folder = home.url.path + "/./"

        let missing = try await ChildProcess.run(
            try PackagePaths.builtBinary(), ["emulator", "--port", "0", "--seed-file", typed],
            environment: ["HOME": home.url.path])
        let directory = try await ChildProcess.run(
            try PackagePaths.builtBinary(), ["emulator", "--port", "0", "--seed-file", folder],
            environment: ["HOME": home.url.path])

        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("error: seed file \(typed): cannot be read ("), "\(missing.stderr)")
        #expect(directory.status == 2)
        #expect(directory.stderr == "error: seed file \(folder): is a folder, not a seed file\n")
    }
}
