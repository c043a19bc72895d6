import Foundation

/// The shared config (`~/.aws/config`) and credentials (`~/.aws/credentials`) files, parsed and indexed by profile.
///
/// In the config file a profile is `[profile name]` (or `[default]`); in the credentials file it is `[name]`.
/// `[sso-session name]` sections are kept for SSO and `[services name]` sections for configured endpoints; other
/// config sections (`[plain]`) are not profiles.
public struct AWSSharedConfig: Sendable, Hashable {
    /// The config file's path, for messages.
    public var configFilePath: String
    /// The credentials file's path, for messages.
    public var credentialsFilePath: String
    /// Profiles from the config file, by name.
    public var configProfiles: [String: AWSConfigFileSection]
    /// Profiles from the credentials file, by name.
    public var credentialsProfiles: [String: AWSConfigFileSection]
    /// `[sso-session name]` sections from the config file, by name.
    public var ssoSessions: [String: AWSConfigFileSection]
    /// `[services name]` sections from the config file, by name (per-service `endpoint_url` blocks).
    public var servicesSections: [String: AWSConfigFileSection]

    /// Creates a configuration from parsed sections.
    public init(
        configFilePath: String = "~/.aws/config",
        configSections: [AWSConfigFileSection] = [],
        credentialsFilePath: String = "~/.aws/credentials",
        credentialsSections: [AWSConfigFileSection] = []
    ) {
        self.configFilePath = configFilePath
        self.credentialsFilePath = credentialsFilePath
        var profiles: [String: AWSConfigFileSection] = [:]
        var sessions: [String: AWSConfigFileSection] = [:]
        var services: [String: AWSConfigFileSection] = [:]
        for section in configSections {
            let words = section.name.split(separator: " ", maxSplits: 1).map(String.init)
            if section.name == "default" {
                // With both `[default]` and `[profile default]`, the later one wins, as in botocore.
                profiles["default"] = section
            } else if words.count == 2, words[0] == "profile" {
                let name = AWSSharedConfig.unquote(words[1])
                profiles[name] = section
            } else if words.count == 2, words[0] == "sso-session" {
                sessions[AWSSharedConfig.unquote(words[1])] = section
            } else if words.count == 2, words[0] == "services" {
                services[AWSSharedConfig.unquote(words[1])] = section
            }
        }
        configProfiles = profiles
        ssoSessions = sessions
        servicesSections = services
        credentialsProfiles = Dictionary(
            credentialsSections.map { ($0.name, $0) },
            uniquingKeysWith: { _, later in later }
        )
    }

    /// Reads both files from the paths the environment gives (`AWS_CONFIG_FILE`, `AWS_SHARED_CREDENTIALS_FILE`,
    /// else under `HOME`); a missing file counts as empty.
    ///
    /// - Parameter readFile: returns a file's text, or `nil` when it does not exist.
    public static func load(
        environment: [String: String],
        readFile: (String) throws -> String? = AWSSharedConfig.readFileIfPresent
    ) throws(CredentialsError) -> AWSSharedConfig {
        let configPath = expand(environment["AWS_CONFIG_FILE"] ?? "~/.aws/config", environment: environment)
        let credentialsPath = expand(
            environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "~/.aws/credentials",
            environment: environment
        )
        func sections(_ path: String) throws(CredentialsError) -> [AWSConfigFileSection] {
            let text: String?
            do { text = try readFile(path) } catch {
                throw .configFileUnreadable(path: path, detail: "\(error.localizedDescription)")
            }
            guard let text else { return [] }
            return try AWSConfigFileParser.parse(text, path: path)
        }
        return AWSSharedConfig(
            configFilePath: configPath,
            configSections: try sections(configPath),
            credentialsFilePath: credentialsPath,
            credentialsSections: try sections(credentialsPath)
        )
    }

    /// Reads a UTF-8 file; `nil` when it does not exist.
    public static let readFileIfPresent: @Sendable (String) throws -> String? = { path in
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        // Read through a handle rather than `String(contentsOfFile:)`, which refuses `/dev/null` and pipes,
        // both of which the AWS CLI accepts (`AWS_CONFIG_FILE=/dev/null` is a common way to say "no config").
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        let data = try handle.readToEnd() ?? Data()
        guard let text = String(data: data, encoding: .utf8) else {
            throw CocoaError(.fileReadInapplicableStringEncoding)
        }
        return text
    }

    /// The merged profile: config-file settings overlaid by credentials-file settings; `nil` when in neither file.
    public func profile(named name: String) -> AWSProfile? {
        let config = configProfiles[name]
        let credentials = credentialsProfiles[name]
        guard config != nil || credentials != nil else { return nil }
        return AWSProfile(
            name: name,
            configValues: config?.values ?? [:],
            credentialsValues: credentials?.values ?? [:]
        )
    }

    /// Every profile name in either file, sorted.
    public var profileNames: [String] { Set(configProfiles.keys).union(credentialsProfiles.keys).sorted() }

    /// Expands a leading `~` with `HOME` from the environment.
    public static func expand(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
        return home + path.dropFirst()
    }

    static func unquote(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") {
            return String(trimmed.dropFirst().dropLast())
        }
        return trimmed
    }
}
