/// Something that can produce AWS credentials, possibly asynchronously (files, a process, STS, SSO).
///
/// Implementers must be safe to call concurrently and must keep secrets out of `description`; the default
/// `description` is the type name.
public protocol CredentialProvider: Sendable, CustomStringConvertible {
    /// Returns credentials that are valid now, fetching or refreshing them when needed.
    func credentials() async throws -> AWSCredentials
}

extension CredentialProvider {
    public var description: String { "\(type(of: self))" }
}
