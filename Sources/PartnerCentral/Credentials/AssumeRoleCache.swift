import Crypto
import Foundation

/// The AWS CLI's cache of assumed-role credentials (`~/.aws/cli/cache/<key>.json`), read and written the same way,
/// so a role (and its MFA code) entered in either tool serves both until 15 minutes before it expires.
///
/// The key is botocore's: the SHA-1 of the `AssumeRole` arguments as Python's `json.dumps(args, sort_keys=True)`
/// writes them, without `RoleSessionName` when the tool made that name up. The token code is never part of it.
package struct AssumeRoleCache: Sendable {
    /// The cache directory (`$HOME/.aws/cli/cache`).
    package let directory: URL
    /// Cached credentials closer than this to expiry are not used (botocore's 15 minutes).
    package static let expiryWindow: TimeInterval = 15 * 60

    /// A cache in `directory`.
    package init(directory: URL) { self.directory = directory }

    /// The AWS CLI's cache under `home`.
    package static func awsCLI(home: URL) -> AssumeRoleCache {
        AssumeRoleCache(directory: home.appendingPathComponent(".aws/cli/cache", isDirectory: true))
    }

    /// botocore's cache key for these arguments.
    static func key(for parameters: STSClient.AssumeRoleParameters, sessionNameIsDefault: Bool) -> String {
        var members: [(String, JSONValue)] = [("RoleArn", .string(parameters.roleArn))]
        if !sessionNameIsDefault { members.append(("RoleSessionName", .string(parameters.roleSessionName))) }
        if let externalId = parameters.externalId { members.append(("ExternalId", .string(externalId))) }
        if let serial = parameters.serialNumber { members.append(("SerialNumber", .string(serial))) }
        if let duration = parameters.durationSeconds { members.append(("DurationSeconds", .number(String(duration)))) }
        let text = PythonJSONWriter.sortedASCII(.object(JSONObject(members)))
        return Insecure.SHA1.hash(data: Data(text.utf8)).hexString
    }

    /// The cached credentials for `key` when they are still good for at least ``expiryWindow`` at `now`; a missing,
    /// unreadable or malformed file counts as no entry (the next fetch overwrites it).
    func credentials(forKey key: String, now: Date) -> AWSCredentials? {
        guard let data = try? Data(contentsOf: fileURL(key)),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let credentials = object["Credentials"] as? [String: Any],
            let keyId = credentials["AccessKeyId"] as? String, !keyId.isEmpty,
            let secret = credentials["SecretAccessKey"] as? String, !secret.isEmpty,
            let token = credentials["SessionToken"] as? String, !token.isEmpty,
            let expirationText = credentials["Expiration"] as? String,
            let expiration = Self.parseExpiration(expirationText),
            expiration.timeIntervalSince(now) >= Self.expiryWindow
        else { return nil }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration)
    }

    /// Stores `credentials` under `key` in the AWS CLI's format, readable by the owner only.
    ///
    /// - Throws: ``PrivateFile/WriteError`` when the file cannot be written (callers may carry on without a cache).
    func store(_ credentials: AWSCredentials, forKey key: String) throws {
        guard let token = credentials.sessionToken, let expiration = credentials.expiration else { return }
        let object: [String: Any] = [
            "Credentials": [
                "AccessKeyId": credentials.accessKeyId, "SecretAccessKey": credentials.secretAccessKey,
                "SessionToken": token, "Expiration": Self.expirationText(expiration),
            ]
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try PrivateFile.write(data, to: fileURL(key))
    }

    private func fileURL(_ key: String) -> URL { directory.appendingPathComponent("\(key).json") }

    /// How the AWS CLI writes the expiry (`strftime('%Y-%m-%dT%H:%M:%S%Z')` of a UTC time).
    static func expirationText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dUTC", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// Reads the forms the AWS CLI and other tools write: `…UTC`, `…Z`, `…+00:00`, with or without fractions.
    static func parseExpiration(_ text: String) -> Date? {
        var normalized = text.trimmingCharacters(in: .whitespaces)
        if normalized.hasSuffix("UTC") { normalized = String(normalized.dropLast(3)) + "Z" }
        return Timestamp.parse(normalized)
    }
}
