import ArgumentParser
import PartnerCentral

/// The options every command takes: who to be, where to send requests, and how much to say about them.
struct GlobalOptions: ParsableArguments, Sendable {
    @Option(help: "Use this profile from the AWS config and credentials files (default: AWS_PROFILE, else default).")
    var profile: String?

    @Option(
        help:
            "Region for STS and a custom --endpoint-url (default: AWS_REGION, the profile's region, else us-east-1; the service itself is us-east-1 only)."
    )
    var region: String?

    @Option(
        name: .customLong("endpoint-url"),
        help: ArgumentHelp(
            "Send requests to this URL instead of the service (http:// only for loopback, e.g. the emulator).",
            valueName: "url"
        )
    )
    var endpointURL: String?

    @Option(
        name: .customLong("connect-timeout"),
        help: ArgumentHelp("Give up connecting after this many seconds.", valueName: "seconds"))
    var connectTimeout: Double = 5

    @Option(
        name: .customLong("attempt-timeout"),
        help: ArgumentHelp(
            "Give up on one attempt of a request after this many seconds; it is then retried.",
            valueName: "seconds"))
    var attemptTimeout: Double = 30

    @Flag(help: "Print request diagnostics to stderr (method, target, canonical request, string to sign; no secrets).")
    var debug = false

    func validate() throws {
        if let profile, profile.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--profile needs a profile name.")
        }
        if let region, region.isEmpty || region.contains(where: { !($0.isLetter || $0.isNumber || $0 == "-") }) {
            throw ValidationError("--region '\(region)' is not a region name like us-east-1.")
        }
        for (name, value) in [("--connect-timeout", connectTimeout), ("--attempt-timeout", attemptTimeout)]
        where !(value > 0 && value <= 3600) {
            throw ValidationError("\(name) must be a number of seconds above 0 and at most 3600.")
        }
        if let endpointURL {
            guard let scheme = endpointURL.split(separator: ":").first.map({ $0.lowercased() }),
                scheme == "http" || scheme == "https", endpointURL.contains("://")
            else {
                throw ValidationError("--endpoint-url '\(endpointURL)' must be an http:// or https:// URL.")
            }
        }
    }
}

extension GlobalOptions {
    /// The client's options, straight from the flags; everything else comes from the environment.
    var clientOptions: ClientOptions {
        ClientOptions(
            profile: profile, region: region, endpointURL: endpointURL, debug: debug, connectTimeout: connectTimeout,
            attemptTimeout: attemptTimeout)
    }
}
