import Foundation

/// Credentials from a profile's `credential_process`: a command that prints Version 1 JSON.
///
/// The command is split like botocore does (`shlex.split`, no shell). Temporary credentials are cached and
/// refreshed before `Expiration` by ``RefreshingCredentialProvider``; without an `Expiration` they are fetched once.
public struct CredentialProcessProvider: CredentialProvider {
    /// The profile the command came from, for messages.
    public let profile: String
    private let refreshing: RefreshingCredentialProvider

    /// Creates a provider for a command line.
    public init(profile: String, command: String, environment: [String: String], services: CredentialServices) {
        self.profile = profile
        let runner = services.processRunner
        let now = services.now
        refreshing = RefreshingCredentialProvider(name: "credential_process of profile \(profile)", now: now) {
            try await CredentialProcessProvider.fetch(
                profile: profile,
                command: command,
                environment: environment,
                runner: runner,
                now: now()
            )
        }
    }

    /// Runs the process (or reuses its unexpired answer) and returns its credentials.
    public func credentials() async throws -> AWSCredentials { try await refreshing.credentials() }

    public var description: String { "CredentialProcessProvider(profile: \(profile))" }

    static func fetch(
        profile: String,
        command: String,
        environment: [String: String],
        runner: any ProcessRunner,
        now: Date
    ) async throws -> AWSCredentials {
        let arguments: [String]
        do { arguments = try ShellWords.split(command) } catch {
            throw CredentialsError.processFailed(profile: profile, detail: "the command line cannot be split: \(error)")
        }
        guard !arguments.isEmpty else {
            throw CredentialsError.processFailed(profile: profile, detail: "credential_process is empty")
        }
        let output: ProcessOutput
        do { output = try await runner.run(arguments: arguments, environment: environment) } catch let timedOut
            as ProcessTimedOut
        {
            throw CredentialsError.processTimedOut(profile: profile, timeout: timedOut.timeout)
        } catch {
            throw CredentialsError.processFailed(profile: profile, detail: "\(error.localizedDescription)")
        }
        guard output.status == 0 else {
            let stderr = String(decoding: output.standardError.prefix(500), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            throw CredentialsError.processFailed(
                profile: profile,
                detail: "exit status \(output.status)\(stderr.isEmpty ? "" : ": \(stderr)")"
            )
        }
        return try parse(output.standardOutput, profile: profile, now: now)
    }

    /// Parses the command's JSON; rejects other versions, missing keys and credentials already expired.
    static func parse(_ data: Data, profile: String, now: Date) throws -> AWSCredentials {
        struct Output: Decodable {
            var Version: Int?
            var AccessKeyId: String?
            var SecretAccessKey: String?
            var SessionToken: String?
            var Expiration: String?
        }
        guard let output = try? JSONDecoder().decode(Output.self, from: data) else {
            throw CredentialsError.processOutputInvalid(profile: profile, detail: "the output is not a JSON object")
        }
        guard output.Version == 1 else {
            let version = output.Version.map(String.init) ?? "missing"
            throw CredentialsError.processOutputInvalid(profile: profile, detail: "Version is \(version), not 1")
        }
        guard let accessKeyId = output.AccessKeyId, !accessKeyId.isEmpty else {
            throw CredentialsError.processOutputInvalid(profile: profile, detail: "AccessKeyId is missing")
        }
        guard let secret = output.SecretAccessKey, !secret.isEmpty else {
            throw CredentialsError.processOutputInvalid(profile: profile, detail: "SecretAccessKey is missing")
        }
        var expiration: Date?
        if let text = output.Expiration {
            guard let date = Timestamp.parse(text) else {
                throw CredentialsError.processOutputInvalid(
                    profile: profile,
                    detail: "Expiration \"\(text)\" is not an ISO 8601 timestamp"
                )
            }
            guard date > now else {
                throw CredentialsError.expired(source: "the credential_process of profile \(profile)")
            }
            expiration = date
        }
        return AWSCredentials(
            accessKeyId: accessKeyId,
            secretAccessKey: secret,
            sessionToken: output.SessionToken,
            expiration: expiration
        )
    }
}
