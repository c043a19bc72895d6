import Foundation

/// One `AssumeRole` call per fetch: source credentials in, temporary role credentials out.
///
/// Not cached; ``IdentityProfileResolver`` wraps it in a ``RefreshingCredentialProvider``. With `mfa_serial`, each
/// fetch asks the injected prompter for a fresh code (a code works once), which is why such a provider is created
/// without background refresh: fetches then happen only when a request needs them, while the user is there.
struct AssumeRoleCredentialFetcher: Sendable {
    var profile: String
    var parameters: STSClient.AssumeRoleParameters
    var source: any CredentialProvider
    var sts: STSClient
    var mfaPrompter: MFATokenCodePrompter?

    func fetch() async throws -> AWSCredentials {
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
        return try await sts.assumeRole(parameters, sourceCredentials: sourceCredentials).credentials
    }
}
