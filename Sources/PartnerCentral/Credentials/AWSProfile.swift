/// One named profile, with its settings from both shared files.
public struct AWSProfile: Sendable, Hashable {
    /// The profile name (`default`, `dev`).
    public var name: String
    /// Settings from the config file's `[profile name]`.
    public var configValues: [String: String]
    /// Settings from the credentials file's `[name]`.
    public var credentialsValues: [String: String]

    /// Creates a profile.
    public init(name: String, configValues: [String: String] = [:], credentialsValues: [String: String] = [:]) {
        self.name = name
        self.configValues = configValues
        self.credentialsValues = credentialsValues
    }

    /// A setting, credentials-file value first (credentials-file values win, as in botocore).
    public subscript(key: String) -> String? {
        credentialsValues[key.lowercased()] ?? configValues[key.lowercased()]
    }
}
