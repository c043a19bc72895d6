import Foundation
import PartnerCentral
import PartnerCentralEmulator
import Testing

/// The emulator's STS answers the real AWS CLI (botocore's Query serializer and XML parser, SigV4 for `sts`).
@Suite(.serialized) struct STSAWSCLITests {
    @Test func awsCLIAssumesARoleAndUsesTheTemporaryCredentials() async throws {
        guard let aws = IdentityExternalTools.require("aws") else { return }
        let (emulator, identity) = try await IdentityExternalTools.startEmulator(IdentityConfiguration())
        let home = try IdentityExternalTools.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let demo = EmulatorConfiguration.demoCredentials
        let environment = IdentityExternalTools.environment(
            home: home,
            extra: [
                "AWS_ACCESS_KEY_ID": demo.accessKeyId, "AWS_SECRET_ACCESS_KEY": demo.secretAccessKey,
                "AWS_DEFAULT_REGION": "eu-west-1",
            ]
        )
        let assumed = try await IdentityExternalTools.run(
            aws,
            [
                "sts", "assume-role", "--endpoint-url", emulator.endpoint.absoluteString,
                "--role-arn", "arn:aws:iam::111122223333:role/Triage", "--role-session-name", "cli-check",
                "--external-id", "partner-42", "--duration-seconds", "900", "--output", "json",
            ],
            environment: environment
        )
        #expect(assumed.status == 0, "aws sts assume-role failed: \(assumed.stderr)")
        let credentials = try #require(assumed.json["Credentials"] as? [String: Any])
        let keyId = try #require(credentials["AccessKeyId"] as? String)
        #expect(keyId.hasPrefix("ASIA"))
        #expect((credentials["Expiration"] as? String) != nil)
        #expect(
            (assumed.json["AssumedRoleUser"] as? [String: Any])?["Arn"] as? String
                == "arn:aws:sts::111122223333:assumed-role/Triage/cli-check"
        )
        let call = try #require(await identity.authority.assumeRoleCalls.first)
        #expect(call.externalId == "partner-42")
        #expect(call.durationSeconds == 900)
        #expect(call.callerAccessKeyId == demo.accessKeyId)

        // The temporary credentials sign the next STS call (who am I?).
        var asRole = environment
        asRole["AWS_ACCESS_KEY_ID"] = keyId
        asRole["AWS_SECRET_ACCESS_KEY"] = credentials["SecretAccessKey"] as? String
        asRole["AWS_SESSION_TOKEN"] = credentials["SessionToken"] as? String
        let whoami = try await IdentityExternalTools.run(
            aws,
            ["sts", "get-caller-identity", "--endpoint-url", emulator.endpoint.absoluteString, "--output", "json"],
            environment: asRole
        )
        #expect(whoami.status == 0, "aws sts get-caller-identity failed: \(whoami.stderr)")
        #expect(whoami.json["Arn"] as? String == "arn:aws:sts::111122223333:assumed-role/Triage/cli-check")

        // A bad signature is refused the way STS refuses it.
        var forged = environment
        forged["AWS_SECRET_ACCESS_KEY"] = "not-the-secret"
        let refused = try await IdentityExternalTools.run(
            aws,
            [
                "sts", "assume-role", "--endpoint-url", emulator.endpoint.absoluteString,
                "--role-arn", "arn:aws:iam::111122223333:role/Triage", "--role-session-name", "forged",
            ],
            environment: forged
        )
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("SignatureDoesNotMatch"))
        await emulator.stop()
    }

    @Test func awsCLIAssumesARoleWithAWebIdentityToken() async throws {
        guard let aws = IdentityExternalTools.require("aws") else { return }
        let (emulator, _) = try await IdentityExternalTools.startEmulator(
            IdentityConfiguration(webIdentityTokens: ["jwt-ok"])
        )
        let home = try IdentityExternalTools.temporaryHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = IdentityExternalTools.environment(home: home, extra: ["AWS_DEFAULT_REGION": "us-east-1"])
        let result = try await IdentityExternalTools.run(
            aws,
            [
                "sts", "assume-role-with-web-identity", "--endpoint-url", emulator.endpoint.absoluteString,
                "--role-arn", "arn:aws:iam::111122223333:role/CI", "--role-session-name", "ci",
                "--web-identity-token", "jwt-ok", "--output", "json",
            ],
            environment: environment
        )
        #expect(result.status == 0, "assume-role-with-web-identity failed: \(result.stderr)")
        #expect(((result.json["Credentials"] as? [String: Any])?["AccessKeyId"] as? String)?.hasPrefix("ASIA") == true)
        await emulator.stop()
    }
}
