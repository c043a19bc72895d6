import Foundation

/// The region for signing, in the AWS CLI's order: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the profile's
/// `region`, else `us-east-1` (the only region Partner Central runs in).
package enum RegionResolver {
    /// The fallback region.
    package static let defaultRegion = "us-east-1"

    /// Resolves the region.
    package static func resolve(explicit: String?, environment: [String: String], profile: AWSProfile?) -> String {
        for candidate in [explicit, environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"], profile?["region"]] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return defaultRegion
    }

    /// The region to sign for at `endpoint`. The service's own endpoint exists only in us-east-1, so requests to it
    /// are signed for us-east-1 whatever region the profile or environment names, as the SDKs do for single-region
    /// services; a profile set to `eu-west-1` for other work must not make every call fail its signature check. An
    /// overridden endpoint (a proxy, the emulator) is signed for the resolved region.
    package static func signingRegion(resolved: String, endpoint: Endpoint) -> String {
        endpoint.host == defaultEndpointHost ? defaultRegion : resolved
    }

    private static let defaultEndpointHost = URLComponents(string: Endpoint.defaultURL)?.host ?? ""
}
