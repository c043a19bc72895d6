import PartnerCentral
import TriageCore

/// Options for the interactive UI: the client's options plus what only the UI has (catalog, colour, demo).
public struct UILaunchOptions: Sendable, Equatable {
    /// The catalog to open; `nil` opens the catalog picker first.
    public var catalog: Catalog?
    /// `--profile`, `--region`, `--endpoint-url`, the timeouts and `--debug` (diagnostics then go to `debug.log`
    /// beside the audit log, not over the UI).
    public var client: ClientOptions
    /// `--no-color` (`NO_COLOR` in ``environment`` is honoured too).
    public var noColor: Bool
    /// `--demo`: run an emulator in-process with the demo data and its credentials.
    public var demo: Bool
    /// The process environment, passed in by the composition root.
    public var environment: [String: String]
    /// Columns, watch interval and bell (config file, `--refresh`, `--bell`).
    public var list = ListSettings()
    /// `--grace`: seconds a confirmed reject waits, undoable with `u`, before it is sent; 0 sends at once.
    public var graceSeconds: Int

    /// The grace window when `--grace` is not given.
    public static let defaultGraceSeconds = 5
    /// The config file's `[keys]` remapping, applied in front of the core.
    var keyBindings: KeyBindings = .standard
    /// The whole config file (columns, refresh and grace intervals), for the UI features that read it.
    var configuration = PartnerTriageConfiguration()

    /// Creates options.
    public init(
        catalog: Catalog? = nil, client: ClientOptions = ClientOptions(), noColor: Bool = false, demo: Bool = false,
        environment: [String: String] = [:], graceSeconds: Int = UILaunchOptions.defaultGraceSeconds
    ) {
        self.catalog = catalog
        self.client = client
        self.noColor = noColor
        self.demo = demo
        self.environment = environment
        self.graceSeconds = graceSeconds
    }

    /// Whether colours are off: `--no-color`, or `NO_COLOR` set to anything non-empty (no-color.org).
    var colorDisabled: Bool {
        noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The header's identity: the endpoint when one is given, else the profile or the environment's credentials.
    var identityLabel: String {
        var parts: [String] = []
        if let profile = client.profile {
            parts.append("profile \(profile)")
        } else if let profile = environment["AWS_PROFILE"], !profile.isEmpty, environment["AWS_ACCESS_KEY_ID"] == nil {
            parts.append("profile \(profile)")
        } else if environment["AWS_ACCESS_KEY_ID"] != nil {
            parts.append("environment credentials")
        } else {
            parts.append("profile default")
        }
        if let endpointURL = client.endpointURL { parts.append("endpoint \(endpointURL)") }
        return parts.joined(separator: " · ")
    }

    /// The header's identity once the client is made: the client's description of its credentials (profile; role
    /// or SSO role; account when known), then the endpoint when it is not the service's own: `--endpoint-url`, or
    /// one configured in the environment or the shared config (`endpoint`), so a decision never goes somewhere the
    /// screen does not say. `--demo` names the emulator instead.
    func headerIdentity(_ clientIdentity: String, endpoint: Endpoint? = nil) -> String {
        if demo { return "demo emulator \(client.endpointURL ?? "")" }
        var parts = [clientIdentity.isEmpty ? identityLabel : clientIdentity]
        guard !clientIdentity.isEmpty else { return parts.joined(separator: " · ") }
        if let endpointURL = client.endpointURL {
            parts.append("endpoint \(endpointURL)")
        } else if let endpoint, endpoint.host != Endpoint.defaultHost {
            parts.append("endpoint \(endpoint.url.scheme ?? "https")://\(endpoint.hostHeader)")
        }
        return parts.joined(separator: " · ")
    }
}
