import Foundation
import Testing

@testable import PartnerCentral

/// The AWS CLI's assumed-role cache: the same file names as botocore computes, the same content, owner-only files,
/// and botocore's rule of not using credentials within 15 minutes of expiry.
@Suite struct AssumeRoleCacheTests {
    typealias Parameters = STSClient.AssumeRoleParameters

    /// botocore's own key for the same arguments, from `AssumeRoleCredentialFetcher` (installed with the AWS CLI).
    func botocoreKey(roleArn: String, extraArgs: [String: Any]) async throws -> String {
        let arguments = try JSONSerialization.data(withJSONObject: ["role": roleArn, "extra": extraArgs])
        let script = """
            import json, sys
            from botocore.credentials import AssumeRoleCredentialFetcher
            a = json.loads(sys.argv[1])
            f = AssumeRoleCredentialFetcher(None, None, a["role"], extra_args=a["extra"], cache={})
            print(f._cache_key)
            """
        let result = try await Python.run(["-c", script, String(decoding: arguments, as: UTF8.self)])
        let data = result.stdout
        try #require(result.status == 0, "python3 with botocore is needed (pip install boto3)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func keysAreBotocoresForEveryKindOfArgument() async throws {
        let role = "arn:aws:iam::111122223333:role/Triage"
        let cases: [(Parameters, Bool, [String: Any])] = [
            (Parameters(roleArn: role, roleSessionName: "partner-triage-1"), true, [:]),
            (Parameters(roleArn: role, roleSessionName: "alice"), false, ["RoleSessionName": "alice"]),
            (
                Parameters(
                    roleArn: role, roleSessionName: "x", externalId: "partner-42", durationSeconds: 3600,
                    serialNumber: "arn:aws:iam::111122223333:mfa/alice"),
                true,
                [
                    "ExternalId": "partner-42", "DurationSeconds": 3600,
                    "SerialNumber": "arn:aws:iam::111122223333:mfa/alice",
                ]
            ),
            // Python escapes quotes, backslashes and every non-ASCII character; the key must too.
            (
                Parameters(roleArn: role, roleSessionName: "x", externalId: "Zürich \"東京\" \\ 🚀"), true,
                ["ExternalId": "Zürich \"東京\" \\ 🚀"]
            ),
            // Controls and DEL: short escapes where Python has them, `\u00XX` otherwise.
            (
                Parameters(roleArn: role, roleSessionName: "x", externalId: "a\tb\nc\u{7f}\u{01}"), true,
                ["ExternalId": "a\tb\nc\u{7f}\u{01}"]
            ),
        ]
        for (parameters, isDefault, extra) in cases {
            #expect(
                AssumeRoleCache.key(for: parameters, sessionNameIsDefault: isDefault)
                    == (try await botocoreKey(roleArn: role, extraArgs: extra)),
                "\(extra)")
        }
    }

    @Test func storedCredentialsComeBackUntilFifteenMinutesBeforeExpiry() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("role-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = AssumeRoleCache(directory: directory.appendingPathComponent("cli/cache"))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let credentials = AWSCredentials(
            accessKeyId: "ASIAEXAMPLE", secretAccessKey: "secret", sessionToken: "token",
            expiration: now.addingTimeInterval(3600))
        try cache.store(credentials, forKey: "k")
        #expect(cache.credentials(forKey: "k", now: now) == credentials)
        #expect(cache.credentials(forKey: "k", now: now.addingTimeInterval(3600 - 15 * 60)) == credentials)
        #expect(cache.credentials(forKey: "k", now: now.addingTimeInterval(3600 - 15 * 60 + 1)) == nil)
        #expect(cache.credentials(forKey: "other", now: now) == nil)

        let file = directory.appendingPathComponent("cli/cache/k.json")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        // The AWS CLI's own format (strftime with %Z), which it reads back too.
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: [String: String]])
        #expect(object["Credentials"]?["Expiration"] == "2027-01-15T09:00:00UTC")
        #expect(object["Credentials"]?["SessionToken"] == "token")
    }

    @Test func filesTheAWSCLIOrOtherToolsWroteAreReadAndBadOnesIgnored() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("role-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = AssumeRoleCache(directory: directory)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: directory.appendingPathComponent("\(name).json"))
        }
        let entry = #""AccessKeyId": "ASIA1", "SecretAccessKey": "s", "SessionToken": "t""#
        try write("iso", #"{"Credentials": {\#(entry), "Expiration": "2027-01-15T09:00:00+00:00"}}"#)
        try write("zulu", #"{"Credentials": {\#(entry), "Expiration": "2027-01-15T09:00:00.000Z"}}"#)
        try write("truncated", #"{"Credentials": {\#(entry), "Expir"#)
        try write(
            "no-token",
            #"{"Credentials": {"AccessKeyId": "ASIA1", "SecretAccessKey": "s", "#
                + #""Expiration": "2027-01-15T09:00:00Z"}}"#)
        #expect(cache.credentials(forKey: "iso", now: now)?.accessKeyId == "ASIA1")
        #expect(cache.credentials(forKey: "zulu", now: now)?.sessionToken == "t")
        #expect(cache.credentials(forKey: "truncated", now: now) == nil)
        #expect(cache.credentials(forKey: "no-token", now: now) == nil)
    }
}
