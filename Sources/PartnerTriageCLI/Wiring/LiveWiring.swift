import DemoAssets
import Foundation
import Logging
import PartnerCentral
import PartnerCentralEmulator
import TriageEffects

/// The real implementations behind ``CommandContext/live()``.
enum LiveWiring {
    /// The real client for a command's options; with `--debug`, request diagnostics go to stderr.
    static func connect(
        _ options: ClientOptions, environment: [String: String], console: any Console
    ) async throws -> ServiceConnection {
        var logger: Logger?
        if options.debug {
            logger = Logger(label: "partner-triage") { label in
                StandardErrorLogHandler(
                    label: label, level: .debug, console: console, clock: { AuditRecord.format(Date()) })
            }
            logger?.logLevel = .debug
            logger?.debug("partner-triage \(BuildInfo.description)")
        }
        // A role with mfa_serial asks for the code on the terminal, before any invitation is touched.
        return try await ServiceConnection.open(
            options, environment: environment, logger: logger, mfaPrompter: TerminalMFAPrompter.prompter,
            progress: WaitingNotices.observer(standardErrorIsTerminal: isatty(STDERR_FILENO) == 1) {
                console.errorLine($0)
            },
            fetchesCredentialsFirst: true)
    }

    /// Loads the seed (the demo data unless a file is given), then binds and starts the emulator.
    static func startEmulator(_ settings: EmulatorSettings) async throws -> EmulatorHandle {
        let seed: EmulatorSeed
        let source: String
        do {
            if let path = settings.seedFile {
                seed = try EmulatorSeed.load(contentsOf: URL(fileURLWithPath: path), name: path)
                source = path
            } else {
                seed = try EmulatorSeed.parse(DemoAssets.demoInvitations, fileName: DemoAssets.demoInvitationsFileName)
                source = "the built-in demo data"
            }
        } catch let error as SeedError {
            throw CLIError.usage(TerminalText.quote(error.description, limit: 400))
        }
        let credentials =
            settings.accessKeyId.map {
                AWSCredentials(
                    accessKeyId: $0, secretAccessKey: settings.secretAccessKey ?? "",
                    sessionToken: settings.sessionToken)
            } ?? EmulatorConfiguration.demoCredentials
        let faultSeed = settings.faultSeed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        // The identity side (STS, SSO portal, SSO OIDC) answers on the same port; its issued secrets derive from
        // key material drawn here, at the composition root.
        var keyGenerator = SystemRandomNumberGenerator()
        var identityConfiguration = IdentityConfiguration(
            credentialLifetime: settings.credentialLifetime.map(TimeInterval.init)
        )
        // Rebased like the invitations, so a token written for the file's anchor date is still valid today.
        identityConfiguration.accept(seed.rebasedSSOTokens(to: Date()), now: Date())
        let identity = IdentityService(
            configuration: identityConfiguration,
            keyMaterial: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &keyGenerator) }
        )
        var configuration = EmulatorConfiguration(
            host: settings.host,
            port: settings.port,
            seed: seed,
            credentials: [credentials],
            extensions: [identity],
            enforceQuotas: settings.enforceQuotas,
            faultRate: settings.faultRate,
            faultSeed: faultSeed,
            // The command documents every fault the service can answer; tests choose narrower sets themselves.
            faultKinds: FaultKind.allCases,
            sparseResponses: settings.sparseResponses,
            latency: .milliseconds(settings.latencyMilliseconds)
        )
        configuration.customerContactDelay = TimeInterval(settings.contactDelaySeconds)
        let emulator: RunningEmulator
        do {
            emulator = try await RunningEmulator.start(configuration)
        } catch {
            throw CLIError.requestFailed(
                "Cannot listen on \(settings.host):\(settings.port): \(ListenFailure.reason(error)). Pick another "
                    + "--port, or 0 for any."
            )
        }
        return EmulatorHandle(
            endpoint: emulator.endpoint.absoluteString,
            accessKeyId: credentials.accessKeyId,
            secretAccessKey: credentials.secretAccessKey,
            isDemoCredentials: credentials == EmulatorConfiguration.demoCredentials,
            invitationCount: seed.count,
            seedSource: source,
            faultSeed: faultSeed,
            ssoTokenCount: seed.ssoTokens.count,
            stop: { await emulator.stop() }
        )
    }
}
