import AsyncHTTPClient
import Foundation
import Testing

@testable import PartnerCentral

/// What the role, web identity and SSO tests hand the credential chain: the environment, the services and the
/// client's region.
struct IdentityTestContext: Sendable {
    var environment: [String: String]
    var services: CredentialServices
    var region: String?

    init(
        httpClient: HTTPClient?,
        environment: [String: String],
        now: @escaping @Sendable () -> Date,
        region: String? = nil,
        refreshWindows: RefreshingCredentialsWindows = .standard,
        mfaTokenCodePrompter: MFATokenCodePrompter? = nil,
        clock: any Clock<Duration> = ContinuousClock(),
        timeout: TimeInterval = 30
    ) {
        self.environment = environment
        self.region = region
        services = CredentialServices(
            now: now,
            httpClient: httpClient,
            mfaTokenCodePrompter: mfaTokenCodePrompter,
            refreshWindows: refreshWindows,
            identityCallTimeout: timeout,
            clock: clock
        )
    }

    /// An STS client where the identity providers would send their calls.
    var stsClient: STSClient {
        STSClient(
            // safe: the tests that call STS directly always pass a client
            http: IdentityHTTP(client: services.httpClient!, timeout: services.identityCallTimeout),
            endpoint: STSEndpoint.resolve(region: region, endpoints: ConfiguredEndpoints(environment: environment)),
            signingRegion: STSEndpoint.signingRegion(region),
            now: services.now
        )
    }
}

/// The standard chain's identity factory over profiles written as dictionaries, as a run would meet them in
/// `~/.aws/config`.
struct IdentityResolution {
    /// A provider with the identity it stands for.
    struct Resolved {
        var provider: RefreshingCredentialProvider
        var summary: IdentitySummary
    }

    let config: AWSSharedConfig
    let context: IdentityTestContext

    init(
        profiles: [String: [String: String]],
        ssoSessions: [String: [String: String]] = [:],
        context: IdentityTestContext
    ) {
        let profileSections = profiles.map { name, values in
            AWSConfigFileSection(name: name == "default" ? "default" : "profile \(name)", values: values)
        }
        let sessionSections = ssoSessions.map { name, values in
            AWSConfigFileSection(name: "sso-session \(name)", values: values)
        }
        config = AWSSharedConfig(configSections: profileSections + sessionSections)
        self.context = context
    }

    /// The identity factory's answer for `profile`; `useEnvironment: false` resolves it as `--profile` would.
    func resolve(profile: String, useEnvironment: Bool = true) throws -> Resolved? {
        let chainContext = ProfileProviderContext(
            profile: config.profile(named: profile),
            config: config,
            environment: context.environment,
            services: context.services,
            chain: .standard,
            isExplicitProfile: !useEnvironment,
            region: context.region
        )
        guard let provider = try ProfileProviderFactory.identity.make(chainContext) else { return nil }
        let refreshing = try #require(provider as? RefreshingCredentialProvider)
        return Resolved(provider: refreshing, summary: try #require(refreshing.summary))
    }
}
