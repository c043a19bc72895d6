/// A provider that always returns the same credentials (environment variables, profile keys, tests).
public struct StaticCredentialProvider: CredentialProvider {
    /// The credentials returned by every call.
    public let value: AWSCredentials
    /// Where the credentials came from, for diagnostics (`environment`, `profile default`); never a secret.
    public let source: String

    /// Creates a provider for fixed credentials.
    public init(_ credentials: AWSCredentials, source: String = "static") {
        self.value = credentials
        self.source = source
    }

    /// The fixed credentials, checked for control characters.
    public func credentials() async throws -> AWSCredentials { try value.validated(source: source) }

    public var description: String { "StaticCredentialProvider(\(source), accessKeyId: \(value.accessKeyId))" }
}
