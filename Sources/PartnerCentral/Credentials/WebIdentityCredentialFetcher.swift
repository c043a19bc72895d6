import Foundation

/// One `AssumeRoleWithWebIdentity` call per fetch, reading the token file each time (platforms rotate it).
struct WebIdentityCredentialFetcher: Sendable {
    var tokenFile: String
    var roleArn: String
    var roleSessionName: String
    var sts: STSClient

    func fetch() async throws -> AWSCredentials {
        guard let data = FileManager.default.contents(atPath: tokenFile),
            let token = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
            !token.isEmpty
        else {
            throw AssumeRoleConfigurationError.webIdentityTokenUnreadable(path: tokenFile)
        }
        return try await sts.assumeRoleWithWebIdentity(
            roleArn: roleArn,
            roleSessionName: roleSessionName,
            webIdentityToken: token
        ).credentials
    }
}
