import DemoAssets
import Foundation
import PartnerCentral
import PartnerCentralEmulator

/// The real implementations behind ``CommandContext/live()``.
enum LiveWiring {
    /// The real client for the command's options.
    static func connect(_ settings: ServiceSettings) async throws -> ServiceConnection {
        let connection = try await ClientConnection.open(
            profile: settings.profile,
            region: settings.region,
            endpointURL: settings.endpointURL,
            connectTimeout: settings.connectTimeout,
            attemptTimeout: settings.attemptTimeout,
            debug: settings.debug,
            environment: settings.environment,
            logger: settings.logger,
            progress: WaitingNotices.observer(standardErrorIsTerminal: isatty(STDERR_FILENO) == 1) {
                StandardConsole().errorLine($0)
            }
        )
        return ServiceConnection(
            service: PartnerCentralInvitationService(client: connection.client),
            shutdown: { await connection.shutdown() }
        )
    }

    /// The terminal helper's launcher.
    static func launchUI(_ settings: UISettings, environment: [String: String]) async -> Int32 {
        await runTriageUI(options: UILaunchOptions(settings: settings, environment: environment))
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
        let configuration = EmulatorConfiguration(
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
