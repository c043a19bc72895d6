import Foundation
import Logging
import PartnerCentral

/// Everything that shapes one emulator run; the defaults are the documented `partner-triage emulator` defaults.
///
/// ```swift
/// var configuration = EmulatorConfiguration(port: 0)
/// configuration.seed = try EmulatorSeed.parse(DemoAssets.demoInvitations, fileName: "demo-invitations.json")
/// let emulator = try await RunningEmulator.start(configuration)
/// ```
public struct EmulatorConfiguration: Sendable {
    /// The address to bind; loopback unless told otherwise.
    public var host: String
    /// The port to bind; 0 picks a free port (read the real one from ``RunningEmulator/endpoint``).
    public var port: Int
    /// The invitations to start with.
    public var seed: EmulatorSeed
    /// Move seed dates so the seed's `EmulatorDateAnchor` falls on ``now`` (see ``EmulatorSeed``).
    public var rebaseSeedDates: Bool
    /// The credentials the emulator accepts; each request must be signed by one of them.
    public var credentials: [AWSCredentials]
    /// More authorities asked after ``credentials`` (e.g. temporary credentials issued by the identity routes).
    public var additionalAuthorities: [any CredentialAuthority]
    /// Routes and credential sources added by other modules (STS, SSO).
    public var extensions: [any EmulatorExtension]
    /// Throttle at the documented quotas: reads 10/s (burst 10), writes 1/s (burst 1).
    public var enforceQuotas: Bool
    /// The share of Partner Central requests (0–1) that fail with an injected fault.
    public var faultRate: Double
    /// The seed of the fault choice, so a run can be replayed.
    public var faultSeed: UInt64
    /// The faults chosen from (uniformly); by default the ones a client can retry through (``FaultKind/retryable``),
    /// `FaultKind.allCases` adds access denied (with and without a reason), quota exceeded and not found.
    public var faultKinds: [FaultKind]
    /// Answer sparsely and with values from the future, deterministically, to test a client's leniency (see
    /// ``SparseResponses``).
    public var sparseResponses: Bool
    /// The least time from a request's arrival to its response: a round trip, the emulator's own work inside it.
    public var latency: Duration
    /// Header/idle timeout and connection cap, so silent connections cannot starve real ones.
    public var connectionLimits: ConnectionLimits = .standard
    /// How long an accept task stays `IN_PROGRESS` before it finishes; 0 finishes it at once.
    public var taskDuration: TimeInterval
    /// How long after an accept AWS withholds the customer's contacts (the AWS opportunity summary's and the lead's);
    /// 0 shares them at once.
    public var customerContactDelay: TimeInterval = 0
    /// The wall clock for expiry, tasks, quotas and signature skew; tests pass one that moves with a `TestClock`.
    public var now: @Sendable () -> Date
    /// The SigV4 region requests must be scoped to (the service lives in `us-east-1` only).
    public var region: String
    /// The partner's AWS account id, used in task ARNs.
    public var accountId: String
    /// The secret from which the keys that sign `NextToken`s and seed request ids are derived; `nil` draws a fresh
    /// one at start.
    public var secretKey: [UInt8]?
    /// Where the server logs; the default logs warnings and worse only.
    public var logger: Logger

    /// The signing name of the service.
    public static let signingName = "partnercentral-selling"

    /// The demo credentials, accepted by default and used by `partner-triage --demo`:
    /// access key id `AKIAPARTNERTRIAGEDEMO`, secret access key `partner-triage-demo-secret-key`, no session token.
    public static let demoCredentials = AWSCredentials(
        accessKeyId: "AKIAPARTNERTRIAGEDEMO", secretAccessKey: "partner-triage-demo-secret-key")

    /// The default port of `partner-triage emulator`.
    public static let defaultPort = 4777

    /// Creates a configuration; every parameter has the command's default.
    public init(
        host: String = "127.0.0.1", port: Int = EmulatorConfiguration.defaultPort, seed: EmulatorSeed = .empty,
        rebaseSeedDates: Bool = true, credentials: [AWSCredentials] = [EmulatorConfiguration.demoCredentials],
        additionalAuthorities: [any CredentialAuthority] = [], extensions: [any EmulatorExtension] = [],
        enforceQuotas: Bool = false, faultRate: Double = 0, faultSeed: UInt64 = 0,
        faultKinds: [FaultKind] = FaultKind.retryable, sparseResponses: Bool = false, latency: Duration = .zero,
        taskDuration: TimeInterval = 1, now: @escaping @Sendable () -> Date = { Date() }, region: String = "us-east-1",
        accountId: String = "444455556666", secretKey: [UInt8]? = nil, logger: Logger? = nil
    ) {
        self.host = host
        self.port = port
        self.seed = seed
        self.rebaseSeedDates = rebaseSeedDates
        self.credentials = credentials
        self.additionalAuthorities = additionalAuthorities
        self.extensions = extensions
        self.enforceQuotas = enforceQuotas
        self.faultRate = faultRate
        self.faultSeed = faultSeed
        self.faultKinds = faultKinds
        self.sparseResponses = sparseResponses
        self.latency = latency
        self.taskDuration = taskDuration
        self.now = now
        self.region = region
        self.accountId = accountId
        self.secretKey = secretKey
        self.logger =
            logger
            ?? {
                var logger = Logger(label: "partner-triage.emulator")
                logger.logLevel = .warning
                return logger
            }()
    }

    /// Every authority in the order they are asked.
    var authorities: [any CredentialAuthority] {
        [StaticCredentialAuthority(credentials)] + additionalAuthorities
            + extensions.compactMap(\.credentialAuthority)
    }
}
