import Foundation

/// Where STS calls go: the SDK's endpoint overrides first, else the regional endpoint.
package enum STSEndpoint {
    /// Resolves the STS endpoint for a region from the environment alone.
    package static func resolve(region: String?, environment: [String: String]) -> URL {
        resolve(region: region, endpoints: ConfiguredEndpoints(environment: environment))
    }

    /// Resolves the STS endpoint for a region.
    ///
    /// The configured endpoints for `sts` (`AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL`, the profile's `[services]`
    /// section and `endpoint_url`; see ``ConfiguredEndpoints``), then `https://sts.<region>.amazonaws.com` (the
    /// regional endpoint; `.com.cn` in China). Without a region it is the global `https://sts.amazonaws.com`, which
    /// signs for `us-east-1`.
    package static func resolve(region: String?, endpoints: ConfiguredEndpoints) -> URL {
        if let url = ServiceEndpointOverride.url(service: "sts", endpoints: endpoints) { return url }
        guard let region, !region.isEmpty else {
            // safe: a constant, valid URL
            return URL(string: "https://sts.amazonaws.com")!
        }
        return ServiceEndpointOverride.regionalURL(prefix: "sts", region: region)
    }

    /// The region STS requests are signed for.
    package static func signingRegion(_ region: String?) -> String {
        guard let region, !region.isEmpty else { return "us-east-1" }
        return region
    }
}
