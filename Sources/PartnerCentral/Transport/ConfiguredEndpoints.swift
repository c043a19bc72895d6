import Foundation

/// The endpoint URLs a user configured for the AWS SDKs, looked up per service in botocore's order.
///
/// For a service id in snake case (`partnercentral_selling`, `sts`, `sso`, `sso_oidc`):
/// `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`, then that service's `endpoint_url` in the
/// `[services NAME]` section the profile names with `services = NAME`, then the profile's own `endpoint_url`.
/// `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` (or the profile's `ignore_configured_endpoint_urls = true`) turns all
/// of them off. An explicit `--endpoint-url` is not part of this: it always wins, before any of these.
package struct ConfiguredEndpoints: Sendable, Hashable {
    private let environment: [String: String]
    private var ignored: Bool
    private var servicesSection: [String: [String: String]] = [:]
    private var profileEndpointURL: String?

    /// Endpoints from the environment alone (no shared config).
    package init(environment: [String: String]) {
        self.environment = environment.filter { $0.key.hasPrefix("AWS_ENDPOINT_URL") }
        self.ignored = Self.isTrue(environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"])
    }

    /// Endpoints from the environment and the session profile of the shared config.
    ///
    /// - Throws: ``ConfiguredEndpointsError/servicesSectionMissing(profile:section:configFile:)`` when the profile
    ///   names a `[services NAME]` section the config file does not have (botocore refuses that too).
    package init(environment: [String: String], config: AWSSharedConfig, profile: AWSProfile?)
        throws(ConfiguredEndpointsError)
    {
        self.init(environment: environment)
        guard let profile else { return }
        // The variable, when set, decides over the profile's setting, as for every botocore setting.
        if environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] == nil {
            ignored = Self.isTrue(profile["ignore_configured_endpoint_urls"])
        }
        if let name = profile["services"].map(AWSSharedConfig.unquote), !name.isEmpty {
            guard let section = config.servicesSections[name] else {
                throw .servicesSectionMissing(profile: profile.name, section: name, configFile: config.configFilePath)
            }
            servicesSection = section.nested
        }
        profileEndpointURL = profile["endpoint_url"]
    }

    /// The configured URL for a service (as written; not yet checked), or `nil` for the service's default.
    package func url(service: String) -> String? {
        guard !ignored else { return nil }
        let candidates = [
            environment["AWS_ENDPOINT_URL_\(service.uppercased())"], environment["AWS_ENDPOINT_URL"],
            servicesSection[service.lowercased()]?["endpoint_url"], profileEndpointURL,
        ]
        for candidate in candidates {
            if let text = candidate?.trimmingCharacters(in: .whitespaces), !text.isEmpty { return text }
        }
        return nil
    }

    private static func isTrue(_ text: String?) -> Bool {
        text?.trimmingCharacters(in: .whitespaces).lowercased() == "true"
    }
}

/// A configured endpoint that cannot be used.
public struct ConfiguredEndpointsError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// What kind of failure an error is; compare it with `==` against the static codes.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// The profile says `services = NAME` but there is no `[services NAME]` section.
        public static let servicesSectionMissing = Code("servicesSectionMissing")

        /// The code's name.
        public var description: String { name }
    }

    private enum Base: Equatable, Sendable {
        /// The profile says `services = NAME` but there is no `[services NAME]` section.
        case servicesSectionMissing(profile: String, section: String, configFile: String)
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// What kind of failure this is.
    public var code: Code {
        switch base {
        case .servicesSectionMissing: .servicesSectionMissing
        }
    }

    /// The profile says `services = NAME` but there is no `[services NAME]` section.
    public static func servicesSectionMissing(profile: String, section: String, configFile: String) -> Self {
        Self(.servicesSectionMissing(profile: profile, section: section, configFile: configFile))
    }

    /// The message: what failed and what to fix.
    public var description: String {
        switch base {
        case .servicesSectionMissing(let profile, let section, let configFile):
            return "The profile \(profile) names services = \(section), but \(configFile) has no "
                + "[services \(section)] section. Add the section, or remove the services setting."
        }
    }

    /// The same as ``description``.
    public var errorDescription: String? { description }
}
