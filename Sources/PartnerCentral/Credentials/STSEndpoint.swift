import Foundation

/// Where STS calls go: the SDK's endpoint overrides first, else the regional endpoint.
public enum STSEndpoint {
    /// Resolves the STS endpoint for a region.
    ///
    /// `AWS_ENDPOINT_URL_STS`, then `AWS_ENDPOINT_URL` (both ignored when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` is
    /// `true`), then `https://sts.<region>.amazonaws.com` (the regional endpoint; `.com.cn` in China). Without a region
    /// it is the global `https://sts.amazonaws.com`, which signs for `us-east-1`.
    public static func resolve(region: String?, environment: [String: String]) -> URL {
        if let url = ServiceEndpointOverride.url(serviceEnvironmentName: "STS", environment: environment) { return url }
        guard let region, !region.isEmpty else {
            // safe: a constant, valid URL
            return URL(string: "https://sts.amazonaws.com")!
        }
        return ServiceEndpointOverride.regionalURL(prefix: "sts", region: region)
    }

    /// The region STS requests are signed for.
    public static func signingRegion(_ region: String?) -> String {
        guard let region, !region.isEmpty else { return "us-east-1" }
        return region
    }
}
