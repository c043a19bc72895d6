import Foundation

/// Why credentials or the shared configuration could not be loaded; every message names what to fix.
public enum CredentialsError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
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

    public var description: String {
        switch self {
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

    public var errorDescription: String? { description }
}
