import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import PartnerCentral
@testable import PartnerCentralEmulator

/// The identity routes at router level, on a hand-moved clock.
@Suite struct IdentityServiceTests {
    static let roleArn = "arn:aws:iam::111122223333:role/Triage"

    func harness(_ configuration: IdentityConfiguration = IdentityConfiguration(credentialLifetime: 900))
        -> (EmulatorHarness, IdentityService)
    {
        let identity = IdentityService(configuration: configuration, keyMaterial: Array(repeating: 1, count: 32))
        let harness = EmulatorHarness(seed: .empty) { $0.extensions.append(identity) }
        return (harness, identity)
    }

    /// An STS Query call, signed for `service` when credentials are given.
    func sts(
        _ client: RouterClient,
        _ form: String,
        credentials: AWSCredentials? = EmulatorConfiguration.demoCredentials,
        service: String = "sts"
    ) async throws -> Reply {
        let body = Array(form.utf8)
        let unsigned: [(name: String, value: String)] = [
            ("host", "localhost"), ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
        ]
        var headers = unsigned
        if let credentials {
            let signer = SigV4Signer(credentials: credentials, service: service, region: "eu-west-1")
            headers =
                signer.signHeaders(
                    SigV4Request(method: "POST", path: "/", headers: unsigned, body: body),
                    date: client.clock.now()
                ).headers
        }
        var fields = HTTPFields()
        for header in headers where header.name.lowercased() != "host" {
            fields.append(HTTPField(name: HTTPField.Name(header.name)!, value: header.value))
        }
        return try await client.raw(method: .post, path: "/", headers: fields, body: body)
    }

    func assumeRoleForm(session: String = "alice") -> String {
        "Action=AssumeRole&Version=2011-06-15&RoleArn=\(IdentityHTTP.escape(Self.roleArn))&RoleSessionName=\(session)"
    }

    func stsErrorCode(_ reply: Reply) -> String? { STSResponseParser.parseError(Data(reply.text.utf8))?.code }

    @Test func assumeRoleIssuesCredentialsPartnerCentralAcceptsUntilTheyExpire() async throws {
        let (harness, _) = harness()
        try await harness.run { client in
            let reply = try await sts(client, assumeRoleForm())
            #expect(reply.status == .ok)
            let parsed = try STSResponseParser.parseAssumedRole(Data(reply.text.utf8), action: "AssumeRole")
            #expect(parsed.assumedRoleArn == "arn:aws:sts::111122223333:assumed-role/Triage/alice")
            #expect(parsed.credentials.expiration == client.clock.now().addingTimeInterval(900))
            #expect(reply.text.contains("<RequestId>\(reply.requestId ?? "-")</RequestId>"))

            let list = #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#
            #expect(
                try await client.call("ListEngagementInvitations", list, credentials: parsed.credentials).status == .ok
            )
            await client.clock.advance(901)
            let expired = try await client.call("ListEngagementInvitations", list, credentials: parsed.credentials)
            #expect(expired.status == .forbidden)
            #expect(expired.errorType == "ExpiredTokenException")
            // And STS itself refuses them, in its own words.
            let chained = try await sts(client, assumeRoleForm(session: "bob"), credentials: parsed.credentials)
            #expect(chained.status == .forbidden)
            #expect(stsErrorCode(chained) == "ExpiredToken")
        }
    }

    @Test func assumeRoleChecksTheSignatureForSTS() async throws {
        let (harness, identity) = harness()
        try await harness.run { client in
            let unsigned = try await sts(client, assumeRoleForm(), credentials: nil)
            #expect(unsigned.status == .forbidden)
            #expect(stsErrorCode(unsigned) == "MissingAuthenticationToken")
            let wrongService = try await sts(client, assumeRoleForm(), service: "partnercentral-selling")
            #expect(wrongService.status == .forbidden)
            #expect(stsErrorCode(wrongService) == "SignatureDoesNotMatch")
            let unknown = try await sts(
                client,
                assumeRoleForm(),
                credentials: AWSCredentials(accessKeyId: "AKIAUNKNOWN", secretAccessKey: "nope")
            )
            #expect(stsErrorCode(unknown) == "InvalidClientTokenId")
            #expect(await identity.authority.assumeRoleCalls.isEmpty)
        }
    }

    @Test func assumeRoleValidatesItsParameters() async throws {
        let (harness, _) = harness()
        try await harness.run { client in
            let badArn = try await sts(client, "Action=AssumeRole&Version=2011-06-15&RoleArn=nope&RoleSessionName=a1")
            #expect(badArn.status == .badRequest)
            #expect(stsErrorCode(badArn) == "ValidationError")
            let noSession = try await sts(
                client,
                "Action=AssumeRole&Version=2011-06-15&RoleArn=\(IdentityHTTP.escape(Self.roleArn))"
            )
            #expect(stsErrorCode(noSession) == "MissingParameter")
            let shortDuration = try await sts(client, assumeRoleForm() + "&DurationSeconds=60")
            #expect(stsErrorCode(shortDuration) == "ValidationError")
            let noCode = try await sts(
                client,
                assumeRoleForm() + "&SerialNumber=arn%3Aaws%3Aiam%3A%3A111122223333%3Amfa%2Fa"
            )
            #expect(noCode.status == .forbidden)
            #expect(stsErrorCode(noCode) == "AccessDenied")
            let unknownAction = try await sts(client, "Action=GetSessionToken&Version=2011-06-15")
            #expect(stsErrorCode(unknownAction) == "InvalidAction")
        }
    }

    @Test func webIdentityNeedsNoSignatureButAKnownToken() async throws {
        let (harness, identity) = harness(IdentityConfiguration(webIdentityTokens: ["jwt-ok"]))
        try await harness.run { client in
            let base =
                "Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=\(IdentityHTTP.escape(Self.roleArn))"
                + "&RoleSessionName=ci"
            let good = try await sts(client, base + "&WebIdentityToken=jwt-ok", credentials: nil)
            #expect(good.status == .ok)
            let parsed = try STSResponseParser.parseAssumedRole(
                Data(good.text.utf8),
                action: "AssumeRoleWithWebIdentity"
            )
            #expect(parsed.credentials.expiration == client.clock.now().addingTimeInterval(3600))
            let bad = try await sts(client, base + "&WebIdentityToken=jwt-forged", credentials: nil)
            #expect(stsErrorCode(bad) == "InvalidIdentityToken")
            #expect(await identity.authority.assumeRoleCalls.map(\.action) == ["AssumeRoleWithWebIdentity"])
        }
    }

    func getRoleCredentials(_ client: RouterClient, token: String?, account: String = "111122223333") async throws
        -> Reply
    {
        var fields = HTTPFields()
        if let token { fields.append(HTTPField(name: HTTPField.Name("x-amz-sso_bearer_token")!, value: token)) }
        return try await client.raw(
            method: .get,
            path: "/federation/credentials?role_name=PartnerTriage&account_id=\(account)",
            headers: fields,
            body: []
        )
    }

    func createToken(_ client: RouterClient, refreshToken: String) async throws -> Reply {
        let body =
            #"{"clientId":"c1","clientSecret":"s1","grantType":"refresh_token","refreshToken":"\#(refreshToken)"}"#
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        return try await client.raw(method: .post, path: "/token", headers: fields, body: Array(body.utf8))
    }

    @Test func portalExchangesAValidBearerTokenForRoleCredentials() async throws {
        let (harness, identity) = harness()
        await identity.authority.seedAccessToken("sso-token", expiresAt: testNow.addingTimeInterval(600))
        try await harness.run { client in
            let reply = try await getRoleCredentials(client, token: "sso-token")
            #expect(reply.status == .ok)
            let role = try #require(reply.json["roleCredentials"] as? [String: Any])
            #expect(
                (role["expiration"] as? Int64) == Int64(testNow.addingTimeInterval(900).timeIntervalSince1970 * 1000)
            )
            let credentials = AWSCredentials(
                accessKeyId: try #require(role["accessKeyId"] as? String),
                secretAccessKey: try #require(role["secretAccessKey"] as? String),
                sessionToken: role["sessionToken"] as? String
            )
            let list = #"{"Catalog":"Sandbox","ParticipantType":"RECEIVER"}"#
            #expect(try await client.call("ListEngagementInvitations", list, credentials: credentials).status == .ok)

            #expect(try await getRoleCredentials(client, token: nil).status == .unauthorized)
            #expect(try await getRoleCredentials(client, token: "sso-token", account: "12").status == .badRequest)
            await client.clock.advance(601)
            let expired = try await getRoleCredentials(client, token: "sso-token")
            #expect(expired.status == .unauthorized)
            #expect(expired.headers[HTTPField.Name("x-amzn-ErrorType")!] == "UnauthorizedException")
        }
    }

    @Test func createTokenRotatesTheRefreshToken() async throws {
        let (harness, identity) = harness()
        await identity.authority.seedRefreshToken(.init(refreshToken: "r1", clientId: "c1", clientSecret: "s1"))
        try await harness.run { client in
            let first = try await createToken(client, refreshToken: "r1")
            #expect(first.status == .ok)
            let accessToken = try #require(first.json["accessToken"] as? String)
            let next = try #require(first.json["refreshToken"] as? String)
            #expect(first.json["expiresIn"] as? Int == 8 * 3600)
            #expect(try await getRoleCredentials(client, token: accessToken).status == .ok)
            let reused = try await createToken(client, refreshToken: "r1")
            #expect(reused.status == .badRequest)
            #expect(reused.json["error"] as? String == "invalid_grant")
            #expect(try await createToken(client, refreshToken: next).status == .ok)
        }
    }
}
