import AsyncHTTPClient
import Foundation
import NIOCore
import PartnerCentralEmulator
import PartnerTriageTestSupport
import Testing

@testable import PartnerCentral

/// An emulator on 127.0.0.1 with the identity routes, an HTTP client, and a temporary HOME with `~/.aws` files.
///
/// Tests resolve profiles with ``IdentityResolution`` (or the whole ``CredentialChain``) pointed at the emulator
/// through the SDK endpoint variables, then prove the credentials work with a signed Partner Central call.
final class IdentityTestEnvironment: Sendable {
    let emulator: RunningEmulator
    let identity: IdentityService
    let httpClient: HTTPClient
    let home: URL

    /// The emulator's own long-term keys: the start of every role chain.
    var baseCredentials: AWSCredentials { EmulatorConfiguration.demoCredentials }

    private init(emulator: RunningEmulator, identity: IdentityService, httpClient: HTTPClient, home: URL) {
        self.emulator = emulator
        self.identity = identity
        self.httpClient = httpClient
        self.home = home
    }

    static func start(
        _ configuration: IdentityConfiguration = IdentityConfiguration(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> IdentityTestEnvironment {
        let identity = IdentityService(configuration: configuration, keyMaterial: Array(repeating: 42, count: 32))
        let emulator = try await RunningEmulator.start(
            EmulatorConfiguration(
                port: 0, extensions: [identity], now: now, secretKey: Array(repeating: 9, count: 32))
        )
        let home = try TemporaryDirectory.home(prefix: "identity-home", awsFiles: false, ssoCache: true).url
        return IdentityTestEnvironment(
            emulator: emulator,
            identity: identity,
            // Idle connections are dropped before the emulator's 10 s idle timeout can close one under a request
            // that is about to reuse it, which a test process busy with other suites can otherwise hit.
            httpClient: HTTPClient(
                eventLoopGroupProvider: .singleton,
                configuration: HTTPClient.Configuration(connectionPool: .init(idleTimeout: .seconds(4)))),
            home: home
        )
    }

    func stop() async {
        try? await httpClient.shutdown()
        await emulator.stop()
        try? FileManager.default.removeItem(at: home)
    }

    /// Runs `body` against a fresh environment and awaits ``stop()`` once `body` has returned or thrown, so the
    /// emulator, the HTTP client and the temporary HOME never outlive the test that made them.
    static func with<Result>(
        _ configuration: IdentityConfiguration = IdentityConfiguration(),
        now: @escaping @Sendable () -> Date = { Date() },
        _ body: (IdentityTestEnvironment) async throws -> Result
    ) async throws -> Result {
        let environment = try await start(configuration, now: now)
        return try await stopping(environment, with: { await $0.stop() }, after: body)
    }

    /// Endpoint overrides for every identity service, plus HOME.
    var environment: [String: String] {
        let url = emulator.endpoint.absoluteString
        return [
            "HOME": home.path, "AWS_ENDPOINT_URL_STS": url, "AWS_ENDPOINT_URL_SSO": url,
            "AWS_ENDPOINT_URL_SSO_OIDC": url,
        ]
    }

    func context(
        environment extra: [String: String] = [:],
        windows: RefreshingCredentialsWindows = .standard,
        mfa: MFATokenCodePrompter? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        clock: any Clock<Duration> = ContinuousClock()
    ) -> IdentityTestContext {
        IdentityTestContext(
            httpClient: httpClient,
            environment: environment.merging(extra) { $1 },
            now: now,
            region: "us-east-1",
            refreshWindows: windows,
            mfaTokenCodePrompter: mfa,
            clock: clock
        )
    }

    var ssoCache: SSOTokenCache { SSOTokenCache(directory: home.appendingPathComponent(".aws/sso/cache")) }

    /// `ListEngagementInvitations` signed with `credentials`; returns the status and the `__type` of an error.
    func listInvitations(
        with credentials: AWSCredentials, at date: Date = Date()
    ) async throws -> (status: Int, errorType: String?) {
        let body = Data(#"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#.utf8)
        let url = emulator.endpoint
        let headers: [(name: String, value: String)] = [
            ("Host", "127.0.0.1:\(emulator.port)"), ("Content-Type", "application/x-amz-json-1.0"),
            ("X-Amz-Target", "AWSPartnerCentralSelling.ListEngagementInvitations"),
        ]
        let signer = SigV4Signer(credentials: credentials, service: "partnercentral-selling", region: "us-east-1")
        let signed = signer.signHeaders(
            SigV4Request(method: "POST", path: "/", headers: headers, body: body),
            date: date
        )
        var request = HTTPClientRequest(url: url.absoluteString + "/")
        request.method = .POST
        for header in signed.headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await httpClient.execute(request, timeout: .seconds(10))
        let buffer = try await response.body.collect(upTo: 1 << 20)
        let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any]
        return (Int(response.status.code), object?["__type"] as? String)
    }
}
