import PartnerCentral

/// Options for the interactive UI, filled from the UI command's flags by the composition root.
public struct UILaunchOptions: Sendable {
    /// The catalog to open; `nil` opens the catalog picker first.
    public var catalog: Catalog?
    /// `--profile`.
    public var profile: String?
    /// `--region`.
    public var region: String?
    /// `--endpoint-url`.
    public var endpointURL: String?
    /// `--connect-timeout`, in seconds.
    public var connectTimeout: Double = 5
    /// `--attempt-timeout`, in seconds.
    public var attemptTimeout: Double = 30
    /// `--no-color` (`NO_COLOR` in ``environment`` is honoured too).
    public var noColor: Bool
    /// `--demo`: run an emulator in-process with the demo data and its credentials.
    public var demo: Bool
    /// `--debug`: request diagnostics go to `debug.log` beside the audit log, not over the UI.
    public var debug: Bool
    /// The process environment, passed in by the composition root.
    public var environment: [String: String]

    /// Creates options.
    public init(
        catalog: Catalog? = nil, profile: String? = nil, region: String? = nil, endpointURL: String? = nil,
        noColor: Bool = false, demo: Bool = false, debug: Bool = false, environment: [String: String] = [:]
    ) {
        self.catalog = catalog
        self.profile = profile
        self.region = region
        self.endpointURL = endpointURL
        self.noColor = noColor
        self.demo = demo
        self.debug = debug
        self.environment = environment
    }

    /// Whether colours are off: `--no-color`, or `NO_COLOR` set to anything non-empty (no-color.org).
    var colorDisabled: Bool {
        noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The header's identity: the endpoint when one is given, else the profile or the environment's credentials.
    var identityLabel: String {
        var parts: [String] = []
        if let profile {
            parts.append("profile \(profile)")
        } else if let profile = environment["AWS_PROFILE"], !profile.isEmpty, environment["AWS_ACCESS_KEY_ID"] == nil {
            parts.append("profile \(profile)")
        } else if environment["AWS_ACCESS_KEY_ID"] != nil {
            parts.append("environment credentials")
        } else {
            parts.append("profile default")
        }
        if let endpointURL { parts.append("endpoint \(endpointURL)") }
        return parts.joined(separator: " · ")
    }

    /// The header's identity once the client is made: the client's description of its credentials (profile; role
    /// or SSO role; account when known), then the endpoint when it is not the service's own: `--endpoint-url`, or
    /// one configured in the environment or the shared config (`endpoint`), so a decision never goes somewhere the
    /// screen does not say. `--demo` names the emulator instead.
    func headerIdentity(_ clientIdentity: String, endpoint: Endpoint? = nil) -> String {
        if demo { return "demo emulator \(endpointURL ?? "")" }
        var parts = [clientIdentity.isEmpty ? identityLabel : clientIdentity]
        guard !clientIdentity.isEmpty else { return parts.joined(separator: " · ") }
        if let endpointURL {
            parts.append("endpoint \(endpointURL)")
        } else if let endpoint, endpoint.host != Endpoint.defaultHost {
            parts.append("endpoint \(endpoint.url.scheme ?? "https")://\(endpoint.hostHeader)")
        }
        return parts.joined(separator: " · ")
    }
}

extension UILaunchOptions {
    /// Options from the UI command's settings.
    init(settings: UISettings, environment: [String: String]) {
        self.init(
            catalog: settings.catalog.flatMap(Catalog.init(matching:)), profile: settings.profile,
            region: settings.region, endpointURL: settings.endpointURL, noColor: settings.noColor,
            demo: settings.demo, debug: settings.debug, environment: environment)
        connectTimeout = settings.connectTimeout
        attemptTimeout = settings.attemptTimeout
    }
}
