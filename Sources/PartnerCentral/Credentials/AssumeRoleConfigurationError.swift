import Foundation

/// A profile whose role configuration cannot work: a `source_profile` loop, a missing source, no MFA prompter.
public struct AssumeRoleConfigurationError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// What kind of failure an error is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// Following `source_profile` came back to a profile already on the chain; `chain` is the path, loop included.
        public static let sourceProfileLoop = Code("sourceProfileLoop")
        /// `source_profile` names a profile that does not exist.
        public static let missingSourceProfile = Code("missingSourceProfile")
        /// The role profile has neither `source_profile` nor `credential_source`, or both.
        public static let sourceNotConfigured = Code("sourceNotConfigured")
        /// `credential_source` names something this tool cannot use (only `Environment` is supported).
        public static let unsupportedCredentialSource = Code("unsupportedCredentialSource")
        /// The source of the role's credentials produced none.
        public static let noSourceCredentials = Code("noSourceCredentials")
        /// The role needs an MFA code and nobody can be asked for it.
        public static let mfaPrompterMissing = Code("mfaPrompterMissing")
        /// The web identity token file cannot be read.
        public static let webIdentityTokenUnreadable = Code("webIdentityTokenUnreadable")
        /// A setting has a value that cannot be used (`duration_seconds = soon`).
        public static let invalidValue = Code("invalidValue")
        /// The profile needs STS or SSO but the program passed no HTTP client (a wiring mistake, not the user's).
        public static let noHTTPClient = Code("noHTTPClient")

        /// The code's name.
        public var description: String { name }
    }

    private enum Base: Equatable, Sendable {
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
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// What kind of failure this is.
    public var code: Code {
        switch base {
        case .sourceProfileLoop: .sourceProfileLoop
        case .missingSourceProfile: .missingSourceProfile
        case .sourceNotConfigured: .sourceNotConfigured
        case .unsupportedCredentialSource: .unsupportedCredentialSource
        case .noSourceCredentials: .noSourceCredentials
        case .mfaPrompterMissing: .mfaPrompterMissing
        case .webIdentityTokenUnreadable: .webIdentityTokenUnreadable
        case .invalidValue: .invalidValue
        case .noHTTPClient: .noHTTPClient
        }
    }

    /// Following `source_profile` came back to a profile already on the chain; `chain` is the path, loop included.
    public static func sourceProfileLoop(chain: [String]) -> Self { Self(.sourceProfileLoop(chain: chain)) }

    /// `source_profile` names a profile that does not exist.
    public static func missingSourceProfile(profile: String, sourceProfile: String) -> Self {
        Self(.missingSourceProfile(profile: profile, sourceProfile: sourceProfile))
    }

    /// The role profile has neither `source_profile` nor `credential_source`, or both.
    public static func sourceNotConfigured(profile: String, detail: String) -> Self {
        Self(.sourceNotConfigured(profile: profile, detail: detail))
    }

    /// `credential_source` names something this tool cannot use (only `Environment` is supported).
    public static func unsupportedCredentialSource(profile: String, credentialSource: String) -> Self {
        Self(.unsupportedCredentialSource(profile: profile, credentialSource: credentialSource))
    }

    /// The source of the role's credentials produced none.
    public static func noSourceCredentials(profile: String, detail: String) -> Self {
        Self(.noSourceCredentials(profile: profile, detail: detail))
    }

    /// The role needs an MFA code and nobody can be asked for it.
    public static func mfaPrompterMissing(profile: String, serial: String) -> Self {
        Self(.mfaPrompterMissing(profile: profile, serial: serial))
    }

    /// The web identity token file cannot be read.
    public static func webIdentityTokenUnreadable(path: String) -> Self {
        Self(.webIdentityTokenUnreadable(path: path))
    }

    /// A setting has a value that cannot be used (`duration_seconds = soon`).
    public static func invalidValue(profile: String, key: String, value: String) -> Self {
        Self(.invalidValue(profile: profile, key: key, value: value))
    }

    /// The profile needs STS or SSO but the program passed no HTTP client (a wiring mistake, not the user's).
    public static func noHTTPClient(profile: String) -> Self { Self(.noHTTPClient(profile: profile)) }

    /// The message: what failed and what to fix.
    public var description: String {
        switch base {
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

    /// The same as ``description``.
    public var errorDescription: String? { description }
}
