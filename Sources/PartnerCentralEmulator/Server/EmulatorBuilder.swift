import Hummingbird
import Logging
import NIOCore
import PartnerCentral

/// Builds the emulator's router: `POST /` for Partner Central plus the extensions' routes, all inside the AWS
/// envelope (request ids, JSON errors, latency, connection drops).
///
/// - Parameters:
///   - store: the state the routes act on.
///   - configuration: credentials, quotas, faults, latency and wall clock; its `seed` is ignored (the store has it).
public func buildRouter(
    store: InvitationStore, configuration: EmulatorConfiguration = EmulatorConfiguration()
) -> Router<EmulatorRequestContext> {
    let key = configuration.secretKey ?? EmulatorConfiguration.freshSecretKey()
    let authorities = configuration.authorities
    let services = EmulatorServices(
        now: configuration.now, region: configuration.region, accountId: configuration.accountId,
        authorities: authorities)
    let service = PartnerCentralService(
        store: store,
        verifier: SignatureVerifier(
            service: EmulatorConfiguration.signingName, region: configuration.region, authorities: authorities,
            now: configuration.now),
        limiter: configuration.enforceQuotas ? QuotaLimiter() : nil,
        faults: configuration.faultRate > 0
            ? FaultInjector(
                rate: min(1, configuration.faultRate), seed: configuration.faultSeed, kinds: configuration.faultKinds)
            : nil,
        sparseResponses: configuration.sparseResponses,
        extensions: configuration.extensions, services: services, now: configuration.now)
    let router = Router(context: EmulatorRequestContext.self)
    router.middlewares.add(
        AWSEnvelopeMiddleware(
            requestIds: RequestIDGenerator(prefixBytes: DerivedKey.requestId.bytes(from: key)),
            latency: configuration.latency))
    router.post("/") { request, context in
        try await service.handle(request, context: context)
    }
    for ext in configuration.extensions {
        ext.addRoutes(to: router, services: services)
    }
    return router
}

/// Builds the emulator as a Hummingbird application (the shape `runService()` and `ServiceGroup` expect).
///
/// - Parameters:
///   - configuration: the run's settings; host and port are bound when the application runs.
///   - store: the state; by default a fresh store from the configuration's seed.
///   - onServerRunning: called with the listening channel (its `localAddress` has the real port).
public func buildEmulator(
    _ configuration: EmulatorConfiguration, store: InvitationStore? = nil,
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var configuration = configuration
    if configuration.secretKey == nil { configuration.secretKey = EmulatorConfiguration.freshSecretKey() }
    let store = store ?? InvitationStore(configuration: configuration)
    return Application(
        router: buildRouter(store: store, configuration: configuration),
        server: configuration.connectionLimits.server(),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        onServerRunning: onServerRunning,
        logger: configuration.logger)
}

extension InvitationStore {
    /// A store holding the configuration's seed, rebased to the clock's now when the configuration says so.
    public init(configuration: EmulatorConfiguration) {
        let seed =
            configuration.rebaseSeedDates
            ? configuration.seed.rebased(to: configuration.now()) : configuration.seed
        self.init(
            seed: seed, now: configuration.now, taskDuration: configuration.taskDuration,
            accountId: configuration.accountId,
            tokenKey: DerivedKey.pageToken.bytes(
                from: configuration.secretKey ?? EmulatorConfiguration.freshSecretKey()),
            contactDelay: configuration.customerContactDelay)
    }
}

extension EmulatorConfiguration {
    /// 32 random bytes: drawn once per run, at the composition root, when the configuration names no key.
    static func freshSecretKey() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
