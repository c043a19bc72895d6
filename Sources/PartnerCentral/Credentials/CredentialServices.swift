import AsyncHTTPClient
import Foundation
import Logging

/// What credential providers may use from the outside world, passed in so tests control all of it.
public struct CredentialServices: Sendable {
    /// The clock.
    public var now: @Sendable () -> Date
    /// Runs `credential_process` commands.
    public var processRunner: any ProcessRunner
    /// Reads a file (token files, caches); `nil` when it does not exist.
    public var readFile: @Sendable (String) throws -> String?
    /// The HTTP client for providers that call AWS (STS, SSO); `nil` when none is available.
    public var httpClient: HTTPClient?
    /// Where providers log (debug only, never secrets).
    public var logger: Logger
    /// Asks for MFA codes (the CLI on the terminal, the UI in a dialog); `nil` makes `mfa_serial` a clear error.
    public var mfaTokenCodePrompter: MFATokenCodePrompter?
    /// Reads and writes assumed-role credentials in the AWS CLI's cache (`$HOME/.aws/cli/cache`), as the AWS CLI
    /// does, so a role and its MFA code serve both tools and later runs.
    public var sharesAWSCLIRoleCache: Bool
    /// When temporary credentials and SSO tokens are refreshed.
    public var refreshWindows: RefreshingCredentialsWindows
    /// Overrides `$HOME/.aws/sso/cache`.
    public var ssoTokenCacheDirectory: URL?
    /// Per-call timeout for STS and SSO, in seconds.
    public var identityCallTimeout: TimeInterval
    /// What background refresh tasks sleep on; a `TestClock` in tests.
    public var clock: any Clock<Duration>

    /// Creates the services.
    public init(
        now: @escaping @Sendable () -> Date,
        processRunner: any ProcessRunner = SubprocessRunner(),
        readFile: @escaping @Sendable (String) throws -> String? = AWSSharedConfig.readFileIfPresent,
        httpClient: HTTPClient? = nil,
        logger: Logger = Logger(label: "partnercentral.credentials", factory: { _ in SwiftLogNoOpLogHandler() }),
        mfaTokenCodePrompter: MFATokenCodePrompter? = nil,
        sharesAWSCLIRoleCache: Bool = false,
        refreshWindows: RefreshingCredentialsWindows = .standard,
        ssoTokenCacheDirectory: URL? = nil,
        identityCallTimeout: TimeInterval = 30,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.now = now
        self.processRunner = processRunner
        self.readFile = readFile
        self.httpClient = httpClient
        self.logger = logger
        self.mfaTokenCodePrompter = mfaTokenCodePrompter
        self.sharesAWSCLIRoleCache = sharesAWSCLIRoleCache
        self.refreshWindows = refreshWindows
        self.ssoTokenCacheDirectory = ssoTokenCacheDirectory
        self.identityCallTimeout = identityCallTimeout
        self.clock = clock
    }
}
