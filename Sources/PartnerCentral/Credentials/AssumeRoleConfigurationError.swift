import Foundation

/// A profile whose role configuration cannot work: a `source_profile` loop, a missing source, no MFA prompter.
public enum AssumeRoleConfigurationError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// Following `source_profile` came back to a profile already on the chain; `chain` is the path, loop included.
    case sourceProfileLoop(chain: [String])
    /// `source_profile` names a profile that does not exist.
    case missingSourceProfile(profile: String, sourceProfile: String)
    /// The role profile has neither `source_profile` nor `credential_source`, or both.
    case sourceNotConfigured(profile: String, detail: String)
    /// `credential_source` names something this tool cannot use (only `Environment` is supported).
    case unsupportedCredentialSource(profile: String, credentialSource: String)
    /// The source of the role's credentials produced none.
    case noSourceCredentials(profile: String, detail: String)
    /// The role needs an MFA code and nobody can be asked for it.
    case mfaPrompterMissing(profile: String, serial: String)
    /// The web identity token file cannot be read.
    case webIdentityTokenUnreadable(path: String)
    /// A setting has a value that cannot be used (`duration_seconds = soon`).
    case invalidValue(profile: String, key: String, value: String)
    /// The profile needs STS or SSO but the program passed no HTTP client (a wiring mistake, not the user's).
    case noHTTPClient(profile: String)

    public var description: String {
        switch self {
        case .sourceProfileLoop(let chain):
            return "The profiles form a loop through source_profile: \(chain.joined(separator: " -> ")). "
                + "Change one source_profile so the chain ends at a profile with credentials."
        case .missingSourceProfile(let profile, let source):
            return "The source_profile \"\(source)\" referenced in the profile \"\(profile)\" does not exist."
        case .sourceNotConfigured(let profile, let detail):
            return "The profile \"\(profile)\" has role_arn but \(detail)."
        case .unsupportedCredentialSource(let profile, let source):
            return
                "The credential_source \"\(source)\" in the profile \"\(profile)\" is not supported; use Environment."
        case .noSourceCredentials(let profile, let detail):
            return "The profile \"\(profile)\" cannot assume its role: \(detail)."
        case .mfaPrompterMissing(let profile, let serial):
            return "The profile \"\(profile)\" needs an MFA code for \(serial), but there is no terminal or dialog "
                + "to ask for it."
        case .webIdentityTokenUnreadable(let path):
            return "The web identity token file \(path) cannot be read."
        case .invalidValue(let profile, let key, let value):
            return "The profile \"\(profile)\" has an invalid \(key) \"\(value)\"."
        case .noHTTPClient(let profile):
            return "The profile \"\(profile)\" needs STS or IAM Identity Center, but no HTTP client was configured."
        }
    }

    public var errorDescription: String? { description }
}
