import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

@testable import PartnerCentral

/// The emulator's SSO portal and OIDC answer boto3 on an `sso_session` profile with a cached `aws sso login` token.
@Suite(.serialized) struct SSOBoto3Tests {
    static let script = """
        import boto3, json
        creds = boto3.Session(profile_name="corp").get_credentials().get_frozen_credentials()
        print(json.dumps({"accessKeyId": creds.access_key, "hasToken": bool(creds.token)}))
        """

    func writeProfile(home: URL) throws {
        let config = """
            [profile corp]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = PartnerTriage
            region = us-east-1

            [sso-session corp]
            sso_start_url = https://d-1234567890.awsapps.com/start
            sso_region = eu-west-1
            sso_registration_scopes = sso:account:access
            """
        try Data(config.utf8).write(to: home.appendingPathComponent(".aws/config"))
    }

    func cacheToken(home: URL, _ token: [String: String]) throws {
        let file = SSOTokenCache(directory: home.appendingPathComponent(".aws/sso/cache"))
            .fileURL(sessionName: "corp", startURL: "https://d-1234567890.awsapps.com/start")
        try JSONSerialization.data(withJSONObject: token).write(to: file)
    }

    func iso(_ date: Date) -> String { SSOCredentialFetcher.cacheTimestamp(date) }

    @Test func boto3GetsRoleCredentialsWithACachedToken() async throws {
        guard let python = IdentityExternalTools.require("python3") else { return }
        let (emulator, identity) = try await IdentityExternalTools.startEmulator(IdentityConfiguration())
        let home = try IdentityExternalTools.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        try writeProfile(home: home)
        await identity.authority.seedAccessToken("boto-token", expiresAt: Date().addingTimeInterval(3600))
        try cacheToken(home: home, ["accessToken": "boto-token", "expiresAt": iso(Date().addingTimeInterval(3600))])
        let result = try await IdentityExternalTools.run(
            python,
            ["-c", Self.script],
            environment: IdentityExternalTools.environment(
                home: home,
                extra: ["AWS_ENDPOINT_URL_SSO": emulator.endpoint.absoluteString]
            )
        )
        #expect(result.status == 0, "boto3 failed: \(result.stderr)")
        let keyId = try #require(result.json["accessKeyId"] as? String)
        #expect(result.json["hasToken"] as? Bool == true)
        // The key boto3 got is one the emulator issued and accepts.
        if case .known = await identity.authority.lookup(accessKeyId: keyId, now: Date()) {
        } else {
            Issue.record("boto3 returned a key the emulator did not issue")
        }
        await emulator.stop()
    }

    @Test func boto3RefreshesANearlyExpiredTokenThroughTheEmulatorsOIDC() async throws {
        guard let python = IdentityExternalTools.require("python3") else { return }
        let (emulator, identity) = try await IdentityExternalTools.startEmulator(IdentityConfiguration())
        let home = try IdentityExternalTools.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        try writeProfile(home: home)
        await identity.authority.seedAccessToken("old-token", expiresAt: Date().addingTimeInterval(120))
        await identity.authority.seedRefreshToken(.init(refreshToken: "r-boto", clientId: "cid", clientSecret: "csec"))
        try cacheToken(
            home: home,
            [
                "accessToken": "old-token", "expiresAt": iso(Date().addingTimeInterval(120)), "refreshToken": "r-boto",
                "clientId": "cid", "clientSecret": "csec",
                "registrationExpiresAt": iso(Date().addingTimeInterval(86400)),
                "startUrl": "https://d-1234567890.awsapps.com/start", "region": "eu-west-1",
            ]
        )
        let url = emulator.endpoint.absoluteString
        let result = try await IdentityExternalTools.run(
            python,
            ["-c", Self.script],
            environment: IdentityExternalTools.environment(
                home: home,
                extra: ["AWS_ENDPOINT_URL_SSO": url, "AWS_ENDPOINT_URL_SSO_OIDC": url]
            )
        )
        #expect(result.status == 0, "boto3 failed: \(result.stderr)")
        #expect(await identity.authority.createTokenCount == 1)
        // boto3 wrote the refreshed token back in the same cache file our provider reads.
        let cached = try #require(
            try SSOTokenCache(directory: home.appendingPathComponent(".aws/sso/cache"))
                .load(sessionName: "corp", startURL: "https://d-1234567890.awsapps.com/start")
        )
        #expect(cached.accessToken.hasPrefix("aoa"))
        #expect(cached.refreshToken?.hasPrefix("aor") == true)
        await emulator.stop()
    }
}
