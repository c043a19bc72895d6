import ArgumentParser

/// `partner-triage emulator`: a local Partner Central Selling endpoint for tests and demos.
struct EmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emulator",
        abstract: "Run a local Partner Central Selling endpoint that the AWS CLI, boto3 and this tool accept.",
        discussion: """
            Prints the endpoint URL and the credentials it accepts when ready, and stops cleanly on Ctrl-C or \
            SIGTERM. State is in memory. Without --seed-file it serves the built-in demo invitations.
            """
    )

    @Option(help: "The address to listen on (loopback unless you say otherwise).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 4777

    @Option(
        name: .customLong("seed-file"),
        help: ArgumentHelp(
            "Start with the invitations (and optional SSO tokens) in this file ({\"EngagementInvitations\": [...]}).",
            valueName: "file"
        )
    )
    var seedFile: String?

    @Option(
        name: .customLong("access-key-id"),
        help: ArgumentHelp("Accept requests signed with this access key id (default: the demo key).", valueName: "id")
    )
    var accessKeyId: String?

    @Option(
        name: .customLong("secret-access-key"),
        help: ArgumentHelp("The secret key that goes with --access-key-id.", valueName: "secret")
    )
    var secretAccessKey: String?

    @Option(
        name: .customLong("session-token"),
        help: ArgumentHelp(
            "Also require this session token (X-Amz-Security-Token) with those keys, as temporary credentials do.",
            valueName: "token")
    )
    var sessionToken: String?

    @Flag(
        name: .customLong("enforce-quotas"),
        help: """
            Throttle like the service: reads 10/s and 100,000 a day, writes 1/s and 10,000 a day \
            (ThrottlingException beyond).
            """
    )
    var enforceQuotas = false

    @Option(
        name: .customLong("fault-rate"),
        help: ArgumentHelp(
            "Fail this share of requests (0 to 1), each with one fault chosen by --fault-seed.",
            discussion: """
                The faults: ThrottlingException (400); InternalServerException (500); the connection closed before \
                the request is applied; the request applied and the connection closed before the answer (a lost \
                response); AccessDeniedException (403), plain or with "Reason": \
                "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"; ServiceQuotaExceededException (402); \
                ResourceNotFoundException (404). Only the dropped connections and the lost response follow the \
                request into the service; every other fault answers before anything is applied.
                """,
            valueName: "p"
        )
    )
    var faultRate = 0.0

    @Flag(
        name: .customLong("sparse-responses"),
        help: ArgumentHelp(
            "Answer like a service that breaks its output promises, to test a client's leniency.",
            discussion: """
                Chosen per invitation by a hash of its Id (the same on every run; Id is always kept): required \
                members left out (Catalog, Receiver.Account.AwsAccountId, the opportunity's Customer); optional \
                ones left out (EngagementTitle, ExpirationDate, SenderCompanyName, InvitationMessage); \
                SenderAwsAccountId and ExpectedCustomerSpend Amount sent as JSON numbers; null appended to lists \
                (ExistingMembers, ReceiverResponsibilities, SenderContacts, ExpectedCustomerSpend, and a null row \
                at the end of some pages); an unknown member "SomeFutureMember"; Status "UNDER_REVIEW"; and the \
                Payload replaced by an unknown union variant {"FuturePlanningInvitation": {...}} with PayloadType \
                "FuturePlanningInvitation". Accept-task answers gain the unknown member and some lose TaskArn.
                """
        )
    )
    var sparseResponses = false

    @Option(
        name: .customLong("fault-seed"),
        help: ArgumentHelp("Choose the failing requests with this seed, for repeatable runs.", valueName: "n")
    )
    var faultSeed: UInt64?

    @Option(
        name: .customLong("latency-ms"),
        help: ArgumentHelp("Delay every response by this many milliseconds.", valueName: "n")
    )
    var latencyMilliseconds = 0

    @Option(
        name: .customLong("credential-lifetime"),
        help: ArgumentHelp(
            "Temporary credentials from STS and the SSO portal expire after this many seconds (1 to 43200).",
            valueName: "seconds"
        )
    )
    var credentialLifetime: Int?

    @Option(
        name: .customLong("contact-delay"),
        help: ArgumentHelp(
            "Share customer contacts this many seconds after an accept, as AWS does some time later (default: 0).",
            valueName: "seconds"))
    var contactDelaySeconds = 0

    /// STS's own ceiling for a role session (12 hours).
    static let maximumCredentialLifetime = 43_200

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port \(port) is out of range: use 0 to 65535 (0 picks a free port).")
        }
        guard faultRate.isFinite, (0...1).contains(faultRate) else {
            throw ValidationError("--fault-rate \(faultRate) is out of range: use a share from 0 to 1, like 0.3.")
        }
        if let credentialLifetime, !(1...Self.maximumCredentialLifetime).contains(credentialLifetime) {
            throw ValidationError(
                "--credential-lifetime \(credentialLifetime) is out of range: use 1 to 43200 seconds, like 900."
            )
        }
        guard (0...86_400).contains(contactDelaySeconds) else {
            throw ValidationError("--contact-delay must be 0 to 86400 seconds.")
        }
        guard latencyMilliseconds >= 0 else {
            throw ValidationError("--latency-ms must be 0 or more.")
        }
        if (accessKeyId == nil) != (secretAccessKey == nil) {
            throw ValidationError("--access-key-id and --secret-access-key go together: give both or neither.")
        }
        if sessionToken != nil && accessKeyId == nil {
            throw ValidationError("--session-token goes with --access-key-id and --secret-access-key.")
        }
        if let sessionToken, sessionToken.isEmpty {
            throw ValidationError("--session-token needs a token.")
        }
        if host.isEmpty {
            throw ValidationError("--host needs an address, like 127.0.0.1.")
        }
    }

    var settings: EmulatorSettings {
        EmulatorSettings(
            host: host,
            port: port,
            seedFile: seedFile,
            accessKeyId: accessKeyId,
            secretAccessKey: secretAccessKey,
            sessionToken: sessionToken,
            enforceQuotas: enforceQuotas,
            faultRate: faultRate,
            faultSeed: faultSeed,
            latencyMilliseconds: latencyMilliseconds,
            credentialLifetime: credentialLifetime,
            sparseResponses: sparseResponses,
            contactDelaySeconds: contactDelaySeconds
        )
    }
}
