import Foundation

/// Where IAM Identity Center calls go: the SDK's endpoint overrides first, else the regional endpoints.
package enum SSOEndpoints {
    /// The portal (`GetRoleCredentials`): the configured endpoints for `sso` (see ``ConfiguredEndpoints``), or
    /// `https://portal.sso.<region>.amazonaws.com`.
    package static func portal(region: String, endpoints: ConfiguredEndpoints) -> URL {
        ServiceEndpointOverride.url(service: "sso", endpoints: endpoints)
            ?? ServiceEndpointOverride.regionalURL(prefix: "portal.sso", region: region)
    }

    /// The OIDC service (`CreateToken`): the configured endpoints for `sso_oidc`, or
    /// `https://oidc.<region>.amazonaws.com`.
    package static func oidc(region: String, endpoints: ConfiguredEndpoints) -> URL {
        ServiceEndpointOverride.url(service: "sso_oidc", endpoints: endpoints)
            ?? ServiceEndpointOverride.regionalURL(prefix: "oidc", region: region)
    }
}

/// The SDKs' endpoint override convention, shared by the identity services.
enum ServiceEndpointOverride {
    /// The configured URL for `service`, when it is an absolute URL (anything else falls back to the default).
    static func url(service: String, endpoints: ConfiguredEndpoints) -> URL? {
        guard let text = endpoints.url(service: service), let url = URL(string: text), url.scheme != nil,
            url.host != nil
        else { return nil }
        return url
    }

    static func regionalURL(prefix: String, region: String) -> URL {
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        // safe: region names are DNS labels; a malformed one is rejected by the caller's validation before here
        return URL(string: "https://\(prefix).\(region).\(suffix)") ?? URL(string: "https://\(prefix).\(suffix)")!
    }
}
