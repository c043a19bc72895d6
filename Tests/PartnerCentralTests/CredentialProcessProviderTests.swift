import Foundation
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

@Suite struct CredentialProcessProviderTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func rejectsOtherVersions() {
        #expect(throws: CredentialsError.processOutputInvalid(profile: "p", detail: "Version is 2, not 1")) {
            try CredentialProcessProvider.parse(
                Data(#"{"Version":2,"AccessKeyId":"A","SecretAccessKey":"S"}"#.utf8),
                profile: "p",
                now: Self.now
            )
        }
    }

    @Test func rejectsMissingKeysAndNonJSON() {
        #expect(throws: CredentialsError.processOutputInvalid(profile: "p", detail: "SecretAccessKey is missing")) {
            try CredentialProcessProvider.parse(
                Data(#"{"Version":1,"AccessKeyId":"A"}"#.utf8),
                profile: "p",
                now: Self.now
            )
        }
        #expect(throws: CredentialsError.processOutputInvalid(profile: "p", detail: "the output is not a JSON object"))
        {
            try CredentialProcessProvider.parse(Data("hello".utf8), profile: "p", now: Self.now)
        }
    }

    @Test func rejectsCredentialsThatAlreadyExpired() {
        let json = #"{"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","Expiration":"2020-01-01T00:00:00Z"}"#
        #expect(throws: CredentialsError.expired(source: "the credential_process of profile p")) {
            try CredentialProcessProvider.parse(Data(json.utf8), profile: "p", now: Self.now)
        }
    }

    @Test func aFailingCommandReportsItsStatusAndStandardError() async {
        let runner = ScriptedProcessRunner(output: "", status: 3, standardError: "no session\n")
        let provider = CredentialProcessProvider(
            profile: "p",
            command: "creds",
            environment: [:],
            services: CredentialServices(now: { Self.now }, processRunner: runner)
        )
        await #expect(throws: CredentialsError.processFailed(profile: "p", detail: "exit status 3: no session")) {
            try await provider.credentials()
        }
    }

    @Test func cachesUntilCloseToExpiryThenRunsAgain() async throws {
        let time = TestTime()
        let runner = ScriptedProcessRunner(outputs: [
            #"{"Version":1,"AccessKeyId":"A1","SecretAccessKey":"S","Expiration":"\#(Timestamp.format(Self.now.addingTimeInterval(3600)))"}"#,
            #"{"Version":1,"AccessKeyId":"A2","SecretAccessKey":"S","Expiration":"\#(Timestamp.format(Self.now.addingTimeInterval(7200)))"}"#,
        ])
        let provider = CredentialProcessProvider(
            profile: "p",
            command: "creds",
            environment: [:],
            services: CredentialServices(now: time.now, processRunner: runner)
        )

        #expect(try await provider.credentials().accessKeyId == "A1")
        #expect(try await provider.credentials().accessKeyId == "A1")
        #expect(runner.calls.count == 1)
        await time.advance(3600 - 30)  // inside the minimum validity: the caller must wait for fresh ones
        #expect(try await provider.credentials().accessKeyId == "A2")
    }

    @Test func runsARealCommandThroughTheShellWordsSplit() async throws {
        let json = #"{"Version": 1, "AccessKeyId": "AKIDREAL", "SecretAccessKey": "s", "SessionToken": "t"}"#
        let provider = CredentialProcessProvider(
            profile: "p",
            command: "printf '%s' '\(json)'",
            environment: ["PATH": "/usr/bin:/bin"],
            services: CredentialServices(now: { Self.now }, processRunner: SubprocessRunner())
        )
        let credentials = try await provider.credentials()
        #expect(credentials.accessKeyId == "AKIDREAL")
        #expect(credentials.sessionToken == "t")
    }

    @Test func aMissingCommandIsAProcessFailure() async {
        let provider = CredentialProcessProvider(
            profile: "p",
            command: "/nonexistent/credential-helper --json",
            environment: ["PATH": "/usr/bin:/bin"],
            services: CredentialServices(now: { Self.now }, processRunner: SubprocessRunner())
        )
        do {
            _ = try await provider.credentials()
            Issue.record("expected a failure")
        } catch let error as CredentialsError {
            guard error.code == .processFailed, error.profile == "p", let detail = error.detail else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(detail.contains("exit status 127"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aCommandThatHangsIsStoppedAtTheTimeoutWithAOneLineError() async throws {
        let provider = CredentialProcessProvider(
            profile: "slow",
            command: "sleep 600",
            environment: ["PATH": "/usr/bin:/bin"],
            services: CredentialServices(
                now: { Self.now }, processRunner: SubprocessRunner(timeout: .milliseconds(300)))
        )
        let started = ContinuousClock.now
        let error = await #expect(throws: CredentialsError.self) { try await provider.credentials() }
        #expect(error == .processTimedOut(profile: "slow", timeout: .milliseconds(300)))
        #expect(
            error?.description
                == "The credential_process of the profile slow did not finish within 0.3 s and was stopped. "
                + "Run the command by hand to see why.")
        // The process is killed, not waited for: far sooner than its ten minutes (the bound leaves room for a test
        // process whose other suites hold every thread for a while).
        #expect(ContinuousClock.now - started < .seconds(300))
    }

    @Test(arguments: [
        ("a b  c", ["a", "b", "c"]),
        ("'/path with space/x' --flag", ["/path with space/x", "--flag"]),
        (#"say "hello \"you\"" a\ b"#, ["say", #"hello "you""#, "a b"]),
        ("", []),
    ])
    func shellWordsSplitLikeShlex(_ line: String, _ words: [String]) throws {
        #expect(try ShellWords.split(line) == words)
    }

    @Test func shellWordsRejectUnterminatedQuotes() {
        #expect(throws: ShellWords.UnterminatedQuote.self) { try ShellWords.split("a 'b") }
    }
}
