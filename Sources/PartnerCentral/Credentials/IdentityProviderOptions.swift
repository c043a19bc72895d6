import Foundation

/// The choices the application makes for role, web identity and SSO credentials (the rest comes from
/// ``CredentialServices`` and the environment).
public struct IdentityProviderOptions: Sendable {
    /// When temporary credentials and SSO tokens are refreshed.
    public var refreshWindows: RefreshingCredentialsWindows
    /// Asks for MFA codes (the CLI on the terminal, the UI in a dialog); `nil` makes `mfa_serial` a clear error.
    public var mfaTokenCodePrompter: MFATokenCodePrompter?
    /// Overrides `$HOME/.aws/sso/cache`.
    public var ssoTokenCacheDirectory: URL?
    /// Per-call timeout for STS and SSO, in seconds.
    public var timeout: TimeInterval
    /// What background refresh tasks sleep on; a `TestClock` in tests.
    public var clock: any Clock<Duration>
    /// Reads and writes assumed-role credentials in the AWS CLI's cache (`$HOME/.aws/cli/cache`), as the AWS CLI
    /// does, so a role and its MFA code serve both tools and later runs.
    public var sharesAWSCLIRoleCache: Bool

    /// Creates options; the defaults suit production.
    public init(
        refreshWindows: RefreshingCredentialsWindows = .standard,
        mfaTokenCodePrompter: MFATokenCodePrompter? = nil,
        ssoTokenCacheDirectory: URL? = nil,
        timeout: TimeInterval = 30,
        clock: any Clock<Duration> = ContinuousClock(),
        sharesAWSCLIRoleCache: Bool = false
    ) {
        self.refreshWindows = refreshWindows
        self.mfaTokenCodePrompter = mfaTokenCodePrompter
        self.ssoTokenCacheDirectory = ssoTokenCacheDirectory
        self.timeout = timeout
        self.clock = clock
        self.sharesAWSCLIRoleCache = sharesAWSCLIRoleCache
    }
}
