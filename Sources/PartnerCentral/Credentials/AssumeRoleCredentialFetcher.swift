import Foundation

/// One `AssumeRole` call per fetch: source credentials in, temporary role credentials out.
///
/// The chain's identity factory wraps it in a ``RefreshingCredentialProvider``. With `mfa_serial`, each fetch asks
/// the injected prompter for a fresh code (a code works once), which is why such a provider is created without
/// background refresh: fetches then happen only when a request needs them, while the user is there. With a
/// ``AssumeRoleCache`` (the AWS CLI's), credentials still good for 15 minutes are taken from it first, before any
/// code is asked for, and fresh ones are written back.
struct AssumeRoleCredentialFetcher: Sendable {
    var profile: String
    var parameters: STSClient.AssumeRoleParameters
    var source: any CredentialProvider
    var sts: STSClient
    var mfaPrompter: MFATokenCodePrompter?
    var cache: AssumeRoleCache?
    var cacheKey: String
    var now: @Sendable () -> Date

    func fetch() async throws -> AWSCredentials {
        if let cache, let cached = cache.credentials(forKey: cacheKey, now: now()) { return cached }
        var parameters = self.parameters
        if let serial = parameters.serialNumber {
            guard let mfaPrompter else {
                throw AssumeRoleConfigurationError.mfaPrompterMissing(profile: profile, serial: serial)
            }
            let code = try await mfaPrompter(
                MFATokenCodeRequest(profile: profile, serialNumber: serial, roleArn: parameters.roleArn)
            )
            parameters.tokenCode = code.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let sourceCredentials = try await source.credentials()
        let credentials = try await sts.assumeRole(parameters, sourceCredentials: sourceCredentials).credentials
        // A cache that cannot be written costs the next run a fetch, nothing more.
        try? cache?.store(credentials, forKey: cacheKey)
        return credentials
    }
}
