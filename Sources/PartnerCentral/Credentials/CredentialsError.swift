import Foundation

/// Why credentials or the shared configuration could not be loaded; every message names what to fix.
public struct CredentialsError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// What kind of failure an error is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// A profile was asked for by name and is in neither file.
        public static let profileNotFound = Code("profileNotFound")
        /// Nothing in the chain produced credentials.
        public static let noCredentials = Code("noCredentials")
        /// The profile exists but holds nothing this tool can turn into credentials.
        public static let profileHasNoCredentials = Code("profileHasNoCredentials")
        /// Only half of a key pair was given.
        public static let partialCredentials = Code("partialCredentials")
        /// A config or credentials file cannot be parsed.
        public static let configFileMalformed = Code("configFileMalformed")
        /// A config or credentials file exists but cannot be read.
        public static let configFileUnreadable = Code("configFileUnreadable")
        /// `credential_process` could not run or failed.
        public static let processFailed = Code("processFailed")
        /// `credential_process` was still running after its time limit and was stopped.
        public static let processTimedOut = Code("processTimedOut")
        /// `credential_process` printed something that is not Version 1 credentials JSON.
        public static let processOutputInvalid = Code("processOutputInvalid")
        /// The credentials have expired and cannot be refreshed.
        public static let expired = Code("expired")
        /// A part of the credentials holds a line break or another control character; nothing was sent.
        public static let malformedCredential = Code("malformedCredential")

        /// The code's name.
        public var description: String { name }
    }

    private enum Base: Equatable, Sendable {
        /// A profile was asked for by name and is in neither file.
        case profileNotFound(profile: String, configFile: String, credentialsFile: String)
        /// Nothing in the chain produced credentials.
        case noCredentials(profile: String?)
        /// The profile exists but holds nothing this tool can turn into credentials.
        case profileHasNoCredentials(profile: String)
        /// Only half of a key pair was given.
        case partialCredentials(source: String, missing: String)
        /// A config or credentials file cannot be parsed.
        case configFileMalformed(path: String, line: Int, detail: String)
        /// A config or credentials file exists but cannot be read.
        case configFileUnreadable(path: String, detail: String)
        /// `credential_process` could not run or failed.
        case processFailed(profile: String, detail: String)
        /// `credential_process` was still running after its time limit and was stopped.
        case processTimedOut(profile: String, timeout: Duration)
        /// `credential_process` printed something that is not Version 1 credentials JSON.
        case processOutputInvalid(profile: String, detail: String)
        /// The credentials have expired and cannot be refreshed.
        case expired(source: String)
        /// A part of the credentials holds a line break or another control character; nothing was sent.
        case malformedCredential(credential: String, source: String)
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// What kind of failure this is.
    public var code: Code {
        switch base {
        case .profileNotFound: .profileNotFound
        case .noCredentials: .noCredentials
        case .profileHasNoCredentials: .profileHasNoCredentials
        case .partialCredentials: .partialCredentials
        case .configFileMalformed: .configFileMalformed
        case .configFileUnreadable: .configFileUnreadable
        case .processFailed: .processFailed
        case .processTimedOut: .processTimedOut
        case .processOutputInvalid: .processOutputInvalid
        case .expired: .expired
        case .malformedCredential: .malformedCredential
        }
    }

    /// A profile was asked for by name and is in neither file.
    public static func profileNotFound(profile: String, configFile: String, credentialsFile: String) -> Self {
        Self(.profileNotFound(profile: profile, configFile: configFile, credentialsFile: credentialsFile))
    }

    /// Nothing in the chain produced credentials.
    public static func noCredentials(profile: String?) -> Self { Self(.noCredentials(profile: profile)) }

    /// The profile exists but holds nothing this tool can turn into credentials.
    public static func profileHasNoCredentials(profile: String) -> Self {
        Self(.profileHasNoCredentials(profile: profile))
    }

    /// Only half of a key pair was given.
    public static func partialCredentials(source: String, missing: String) -> Self {
        Self(.partialCredentials(source: source, missing: missing))
    }

    /// A config or credentials file cannot be parsed.
    public static func configFileMalformed(path: String, line: Int, detail: String) -> Self {
        Self(.configFileMalformed(path: path, line: line, detail: detail))
    }

    /// A config or credentials file exists but cannot be read.
    public static func configFileUnreadable(path: String, detail: String) -> Self {
        Self(.configFileUnreadable(path: path, detail: detail))
    }

    /// `credential_process` could not run or failed.
    public static func processFailed(profile: String, detail: String) -> Self {
        Self(.processFailed(profile: profile, detail: detail))
    }

    /// `credential_process` was still running after its time limit and was stopped.
    public static func processTimedOut(profile: String, timeout: Duration) -> Self {
        Self(.processTimedOut(profile: profile, timeout: timeout))
    }

    /// `credential_process` printed something that is not Version 1 credentials JSON.
    public static func processOutputInvalid(profile: String, detail: String) -> Self {
        Self(.processOutputInvalid(profile: profile, detail: detail))
    }

    /// The credentials have expired and cannot be refreshed.
    public static func expired(source: String) -> Self { Self(.expired(source: source)) }

    /// A part of the credentials holds a line break or another control character; nothing was sent.
    public static func malformedCredential(credential: String, source: String) -> Self {
        Self(.malformedCredential(credential: credential, source: source))
    }

    /// The profile the failure is about, when it is about one.
    public var profile: String? {
        switch base {
        case .profileNotFound(let profile, _, _), .profileHasNoCredentials(let profile), .processFailed(let profile, _),
            .processTimedOut(let profile, _), .processOutputInvalid(let profile, _):
            return profile
        case .noCredentials(let profile):
            return profile
        default:
            return nil
        }
    }

    /// What went wrong, in the words of the failing part (a parser, a process), when there is such a sentence.
    public var detail: String? {
        switch base {
        case .configFileMalformed(_, _, let detail), .configFileUnreadable(_, let detail),
            .processFailed(_, let detail), .processOutputInvalid(_, let detail):
            return detail
        default:
            return nil
        }
    }

    /// The message: what failed and what to fix.
    public var description: String {
        switch base {
        case .profileNotFound(let profile, let configFile, let credentialsFile):
            return "The config profile (\(profile)) could not be found in \(configFile) or \(credentialsFile). "
                + "Check the name, or create it with: aws configure --profile \(profile)"
        case .noCredentials(let profile):
            let which = profile.map { " for the profile \($0)" } ?? ""
            return "Unable to locate credentials\(which). Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
                + "pass --profile, or run: aws configure"
        case .profileHasNoCredentials(let profile):
            return "The profile \(profile) has no credentials (no aws_access_key_id/aws_secret_access_key, "
                + "credential_process, role_arn or SSO settings). Add them, or run: aws configure --profile \(profile)"
        case .partialCredentials(let source, let missing):
            return "Partial credentials found in \(source), missing: \(missing). Set both the access key id and "
                + "the secret access key."
        case .configFileMalformed(let path, let line, let detail):
            return "Unable to parse the AWS config file \(path), line \(line): \(detail). Fix the file."
        case .configFileUnreadable(let path, let detail):
            return "Unable to read the AWS config file \(path): \(detail)."
        case .processFailed(let profile, let detail):
            return "The credential_process of the profile \(profile) failed: \(detail). Run the command by hand "
                + "to see why."
        case .processTimedOut(let profile, let timeout):
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            let limit = seconds.rounded() == seconds ? String(Int(seconds)) : String(seconds)
            return "The credential_process of the profile \(profile) did not finish within \(limit) s and was "
                + "stopped. Run the command by hand to see why."
        case .processOutputInvalid(let profile, let detail):
            return "The credential_process of the profile \(profile) returned invalid credentials: \(detail). "
                + "It must print JSON with Version 1, AccessKeyId and SecretAccessKey."
        case .expired(let source):
            return "The credentials from \(source) have expired. Refresh them (for SSO: aws sso login) and retry."
        case .malformedCredential(let credential, let source):
            return "The \(credential) from \(source) contains a line break or another control character, so "
                + "nothing was sent. Remove it (a file saved with Windows line endings, or a value pasted with its "
                + "newline)."
        }
    }

    /// The same as ``description``.
    public var errorDescription: String? { description }
}
