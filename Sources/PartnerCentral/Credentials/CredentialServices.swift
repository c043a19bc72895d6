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

    /// Creates the services.
    public init(
        now: @escaping @Sendable () -> Date,
        processRunner: any ProcessRunner = FoundationProcessRunner(),
        readFile: @escaping @Sendable (String) throws -> String? = AWSSharedConfig.readFileIfPresent,
        httpClient: HTTPClient? = nil,
        logger: Logger = Logger(label: "partnercentral.credentials", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.now = now
        self.processRunner = processRunner
        self.readFile = readFile
        self.httpClient = httpClient
        self.logger = logger
    }
}
